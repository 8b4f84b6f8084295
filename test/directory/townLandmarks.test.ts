import { PlaceIndex } from '../../src/directory/placeIndex';

/** The twenty-second session's probe: a town said with a place in it ("amarillo college") was not found. */
const places = new PlaceIndex();
const label = (text: string) => {
  const found = places.lookupPlace(text);
  return found.kind === 'found' ? found.place.label : found.kind;
};

describe('a town before a place in it', () => {
  it.each([
    ['amarillo college', 'Amarillo, TX'],
    ['im near amarillo college', 'Amarillo, TX'],
    ['lubbock high school', 'Lubbock, TX'],
    ['by the lubbock airport', 'Lubbock, TX'],
    ['the amarillo walmart', 'Amarillo, TX'],
  ])('%j is the town', (text, town) => {
    expect(label(text)).toBe(town);
  });

  it('a town named after a place word is still that town', () => {
    expect(label('college station tx')).toBe('College Station, TX');
  });

  it('a place word after no town names nothing', () => {
    expect(label('the college')).toBe('not_found');
  });
});
