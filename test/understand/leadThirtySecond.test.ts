import { readShipped } from '../support/shippedReading';

// The thirty-second session (the lead): "im a dad and my son uses meth" was said back as "someone close to you"; "my
// phone has no internet so in person" got phone meetings.

describe("the texter's own role is not whom the help is for (relation.ts, texterRoleAt)", () => {
  it.each([
    ['im a dad and my son uses meth', 'son'],
    ['soy su mama y mi hijo toma mucho', 'hijo'],
    ['im a mom, my son drinks', 'son'],
  ])('%j is for the %s', (text, relation) => {
    expect(readShipped(text, text.startsWith('soy') ? 'es' : 'en').relation).toBe(relation);
  });

  it.each([
    ['my mom and dad drink', 'parents'],
    ['as my wife drinks', 'wife'],
  ])('%j is still for the %s', (text, relation) => {
    expect(readShipped(text).relation).toBe(relation);
  });
});

describe('the way to meet settled on after another was named (wayToMeet.ts, waySettledOn)', () => {
  it.each([
    ['my phone has no internet so in person', 'in_person'],
    ['by phone no wait in person', 'in_person'],
    ['in person, actually online is better', 'online'],
    // A room in the town named, or else online: any way ("meetings in the evening or online" stays online).
    ['aa amarillo tonight or online', 'any'],
    ['in amarillo or online', 'any'],
  ])('%j is %s', (text, mode) => {
    expect(readShipped(text).understood.mode).toBe(mode);
  });

  it.each([
    ['online or in person', 'any'],
    ['i have no car, so phone or online', 'remote'],
    ['in person so i can meet people', 'in_person'],
  ])('%j is still %s', (text, mode) => {
    expect(readShipped(text).understood.mode).toBe(mode);
  });
});
