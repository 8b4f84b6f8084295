import { tellsOwnOverdose } from '../../src/text/ownOverdose';

describe('tellsOwnOverdose', () => {
  it.each([
    'i took all my pills',
    'honestly i took all my pills an hour ago',
    'took all my pills',
    'i think im overdosing',
    'i just took a bunch of xanax',
    'i took a whole bottle of my sleeping pills',
    'i drank and took my sleeping pills',
    'me tome todas mis pastillas',
    'tome demasiadas pastillas',
  ])('%j is the texter own overdose', (text) => {
    expect(tellsOwnOverdose(text)).toBe(true);
  });

  it.each([
    'he took all my pills',
    'my son took all my pills',
    'i think my friend took too much',
    'i took my son to the er, he overdosed',
    'i took him to the hospital',
    'hes not waking up',
    'se tomo todas sus pastillas',
    'mi hijo se tomo mis pastillas',
  ])('%j is not', (text) => {
    expect(tellsOwnOverdose(text)).toBe(false);
  });
});
