import { atARiskyPlace } from '../../src/engine/urgePlace';

describe('atARiskyPlace (the place question, the twenty-first session probe)', () => {
  it('reads a bar, a liquor store or a dealer said as where the texter is', () => {
    for (const text of [
      'at the bar',
      'im at my dealers house',
      "I'm at my dealer's place",
      'at a bar rn',
      'estoy en la cantina',
      'ando en casa de mi dealer',
      'en la licoreria',
    ])
      expect(atARiskyPlace(text)).toBe(true);
  });

  it('leaves a town, a story or anything longer to the place question', () => {
    for (const text of [
      'amarillo tx',
      'i used to drink at the bar',
      'the bar on 6th street in amarillo',
      'barstow ca',
      'im at home',
      'club at 79101',
    ])
      expect(atARiskyPlace(text)).toBe(false);
  });
});
