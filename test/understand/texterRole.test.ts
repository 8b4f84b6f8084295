import { readShipped } from '../support/shippedReading';

// The thirty-second session: "im a dad and my son uses meth" was said back as "someone close to you".

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
