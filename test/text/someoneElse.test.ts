import { speaksOfSomeoneElse } from '../../src/text/someoneElse';

describe('speaksOfSomeoneElse', () => {
  it.each([
    'he wont leave me alone',
    'my ex wont stop texting me',
    'stop texting my dealer',
    'she keeps messaging me',
    'i need to stop calling my dealer',
    'ella no me deja en paz',
    'no quiero recibir mensajes de el cuando esta borracho',
    'ya no quiero mensajes de ellos',
  ])('hears someone else in %j', (text) => {
    expect(speaksOfSomeoneElse(text)).toBe(true);
  });

  it.each([
    'stop texting me',
    'leave me alone',
    'please stop',
    'dont text me anymore, my wife reads my phone',
    'no mas mensajes',
    'unsubscribe me',
    'el numero esta mal',
    'no quiero recibir mensajes de esta linea',
    'no quiero mas mensajes, el los lee',
  ])('hears the line spoken to in %j', (text) => {
    expect(speaksOfSomeoneElse(text)).toBe(false);
  });
});
