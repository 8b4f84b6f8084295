import { describeCost } from '../../src/console/browser/smsMeter';

describe('the SMS meter under a text box', () => {
  it('counts what texters are sent: a curly quote goes straight, so the text stays GSM-7', () => {
    const text = `${'x'.repeat(150)} You’re welcome.`;
    const cost = describeCost(text);
    expect(cost.summary).toBe('166 characters · 2 SMS parts · GSM-7');
    expect(cost.parts).toBe(2);
    expect(cost.warning).toContain("“’” (U+2019) is not in the SMS alphabet, so texters get “'” instead");
    // Sent as written it would be UCS-2: 166 units at 67 a part.
    expect(cost.warning).toContain('would take 3 SMS parts, not 2');
  });

  it('says an emoji is left out, and what writing without it costs', () => {
    const cost = describeCost('Hola 🙂');
    expect(cost.summary).toBe('5 characters · 1 SMS part · GSM-7');
    expect(cost.warning).toContain('so texters do not see it');
    expect(cost.warning).not.toContain('would take');
  });

  it('takes a Spanish accent GSM-7 lacks off its letter, and keeps those it has', () => {
    expect(describeCost('¿Dónde está?').warning).toContain('“ó” (U+00F3)');
    expect(describeCost('¿Dónde está?').summary).toBe('12 characters · 1 SMS part · GSM-7');
    expect(describeCost('Él está aquí: qué').warning).toContain('“á”');
    expect(describeCost('Qué bien, niño').warning).toBeUndefined();
  });
});
