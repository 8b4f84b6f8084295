import { texterGender } from '../../src/understand/texterGender';

describe('texterGender: the texter says they are a man or a woman (probe 35)', () => {
  it.each([
    ['im her dad, my daughter is 16 and drinking', 'man'],
    ['mi hija de 16 anos esta tomando, yo soy su papa', 'man'],
    ['im a guy', 'man'],
    ['im 16, m, smoke weed', 'man'],
    ['hi. im 52, female, drinking a bottle of wine', 'woman'],
    ['im a single mom', 'woman'],
    ['as his mother i need help', 'woman'],
    ['i am the mother of an addict', 'woman'],
    ['soy madre de un muchacho', 'woman'],
  ])('%j is a %s', (text, gender) => {
    expect(texterGender(text)).toBe(gender);
  });

  it.each([
    'my wife drinks',
    'my dad drinks',
    'im worried about my mom',
    'im mad at my son',
    'im at my moms house',
    'im with my dad',
    'im going to my sisters',
  ])('%j says nothing of the texter', (text) => {
    expect(texterGender(text)).toBeUndefined();
  });
});
