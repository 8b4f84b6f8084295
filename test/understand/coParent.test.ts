import { readShipped } from '../support/shippedReading';

const relationIn = (text: string, lang = 'en') => {
  const reading = readShipped(text, lang);
  return { audience: reading.understood.audience, relation: reading.relation ?? reading.shared?.relation };
};

describe('the other parent of the texter’s child', () => {
  it.each([
    ['my baby daddy drinks too much', 'childs_father'],
    ['my babys dad is on meth', 'childs_father'],
    ["my kids' dad drinks every day", 'childs_father'],
    ["my son's father is an alcoholic", 'childs_father'],
    ['the father of my children uses pills', 'childs_father'],
    ['my baby mama drinks', 'childs_mother'],
    ['my baby momma smokes meth', 'childs_mother'],
    ["my daughter's mom drinks", 'childs_mother'],
    ["my baby's mother is using again", 'childs_mother'],
  ])('%s: family, said back as the child’s parent', (text, relation) => {
    expect(relationIn(text)).toEqual({ audience: 'family', relation });
  });

  it.each([
    ['el papá de mi bebé usa drogas', 'childs_father'],
    ['la mamá de mis hijos toma mucho', 'childs_mother'],
    ['el padre de mi hija se droga', 'childs_father'],
  ])('%s (Spanish)', (text, relation) => {
    expect(relationIn(text, 'es')).toEqual({ audience: 'family', relation });
  });

  it('reads "mi bebe" as a baby, not as drinking', () => {
    expect(readShipped('el papa de mi bebe usa drogas', 'es').understood.concern).toBe('drugs');
    expect(readShipped('el bebe mucho', 'es').understood.concern).toBe('alcohol');
  });

  it('joins the texter to them when both drink', () => {
    expect(relationIn('me and my baby daddy both drink')).toEqual({ audience: 'self', relation: 'childs_father' });
  });

  it('leaves a child, a parent and two people apart as they were', () => {
    expect(relationIn('my son drinks').relation).toBe('son');
    expect(relationIn('my dad drinks').relation).toBe('dad');
    expect(relationIn('my mom and dad drink').relation).toBe('parents');
    expect(relationIn('my son, dad drinks too').relation ?? '').not.toMatch(/childs/);
  });
});
