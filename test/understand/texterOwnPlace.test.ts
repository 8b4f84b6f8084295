import { readShipped } from '../support/shippedReading';

// The twenty-sixth session's probe: "vive en odessa pero yo vivo en midland" searched the brother's town.
const placeOf = (text: string) => readShipped(text).understood.place;

describe("the texter's own town, said after another person's", () => {
  it.each([
    ['mi hermano usa drogas, vive en odessa pero yo vivo en midland', 'Midland'],
    ['he lives in odessa but i live in midland', 'Midland'],
    ['my daughter is in lubbock, we live in amarillo', 'Amarillo'],
    ['mi hijo vive en el paso y yo vivo en las cruces nm', 'Las Cruces'],
    ['my son lives in lubbock, im in amarillo', 'Amarillo'],
  ])('%j is %s', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town });
  });

  it.each([
    // The texter's town first stays; words of the texter that name no town leave the one found.
    ['i live in midland, my brother lives in odessa', 'Midland'],
    ['he lives in odessa but im in recovery', 'Odessa'],
    ['my son lives in odessa', 'Odessa'],
  ])('%j stays %s', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town });
  });
});
