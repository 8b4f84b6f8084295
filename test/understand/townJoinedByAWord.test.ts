import { readShipped } from '../support/shippedReading';

// The thirty-second session's probe: "were in truth or consequences" lost its town, because the lead-in's reading
// stopped at "or", a word the line knows (places.ts, townJoinedByAWord).

const placeOf = (text: string) => readShipped(text).understood.place;

describe('a town whose name holds a word the line knows, after a lead-in', () => {
  it.each([
    ['my husband drinks too much, were in truth or consequences, anything for me?', 'Truth or Consequences', 'NM'],
    ['aa in truth or consequences', 'Truth or Consequences', 'NM'],
    ['aa in king of prussia', 'King of Prussia', 'PA'],
    ['na meetings near lake in the hills', 'Lake in the Hills', 'IL'],
    ['aa in isle of palms tonight', 'Isle of Palms', 'SC'],
    ['al anon in carmel by the sea', 'Carmel by the Sea', 'CA'],
  ])('%j is %s, %s', (text, town, state) => {
    expect(placeOf(text)).toMatchObject({ town, state });
  });

  it.each([
    // Two towns or a town and a way: the first town, not a name made of both.
    ['aa in lubbock or amarillo', 'Lubbock'],
    ['meetings in dallas or fort worth', 'Dallas'],
    ['in amarillo or canyon tonight', 'Amarillo'],
    ['in austin in person', 'Austin'],
  ])('%j is still %s', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town });
  });
});

describe('a town and its lower-case, word-like state code before a program or meetings (places.ts ANSWERS_AFTER_CODE)', () => {
  it.each([
    ['valdosta ga na meetings', 'Valdosta', 'GA'],
    ['athens ga na meetings', 'Athens', 'GA'],
    ['columbus oh aa tonight', 'Columbus', 'OH'],
    ['springfield mo meetings', 'Springfield', 'MO'],
  ])('%j is %s, %s', (text, town, state) => {
    expect(placeOf(text)).toMatchObject({ town, state });
  });

  it.each(['is that ok aa', 'im ok tonight'])('%j names no place', (text) => {
    expect(placeOf(text)).toBeNull();
  });
});

describe('a town after "by" where meetings or a home are by it', () => {
  it.each([
    ['meetings by dubuque', 'Dubuque'],
    ['i live by amarillo', 'Amarillo'],
  ])('%j is %s', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town });
  });

  it.each(['meetings by phone', 'meetings by myself', 'meetings by the way', 'meetings by 7pm'])(
    '%j names no place',
    (text) => {
      expect(placeOf(text)).toBeNull();
    },
  );
});
