import { inCanada } from '../../src/engine/inCanada';

/** Who gets the Canadian help lines (probe 47): the place searched decides, else the number's province. */
describe('inCanada', () => {
  it("is the place's country once a place is known, whatever the number", () => {
    expect(inCanada({ country: 'CA' }, 'NY')).toBe(true);
    expect(inCanada({ country: 'US' }, 'ON')).toBe(false);
  });

  it("is the number's province before a place is named, and no for a US state or none", () => {
    for (const province of ['ON', 'BC', 'QC', 'NS', 'YT']) expect(inCanada(undefined, province)).toBe(true);
    expect(inCanada(undefined, 'TX')).toBe(false);
    expect(inCanada(undefined, undefined)).toBe(false);
  });
});
