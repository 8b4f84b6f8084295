import { namedFor } from '../../src/directory/namedFor';

describe('namedFor', () => {
  it.each([
    ['Women Living Sober', 'women'],
    ["Women's Step Study", 'women'],
    ['Ladies Night Out', 'women'],
    ['Grupo de Mujeres Esperanza', 'women'],
    ["Al-Anon Courage and Fellowship Men's", 'men'],
    ['Mens Big Book', 'men'],
    ['Grupo Hombres de Fe', 'men'],
  ])('reads "%s" as for %s', (name, who) => {
    expect(namedFor(name)).toBe(who);
  });

  it.each(['Men and Women Together', 'Amendment Group', 'Top of Texas', 'Commencement Bay', 'Clementine'])(
    'reads "%s" as for anyone',
    (name) => {
      expect(namedFor(name)).toBeUndefined();
    },
  );
});
