import { isSpanishName } from '../../src/directory/spanishName';

describe('isSpanishName', () => {
  it('reads the Spanish-speaking groups of the bundled feeds as Spanish', () => {
    for (const name of [
      'El Buen Camino',
      'Un Dia A La Vez',
      'Grupo 24 Horas',
      'Nuevo Camino',
      '500530 Solo Por Hoy GFA',
      '30503165 Esperanza Para Hoy GFA',
      'Alcohólicos Anónimos Vida Nueva',
      'Paz y Amor',
    ]) {
      expect([name, isSpanishName(name)]).toEqual([name, true]);
    }
  });

  it('leaves English names alone, place names with Spanish articles too', () => {
    for (const name of [
      'El Paso Serenity Group',
      'El Camino Real Group',
      'La Vista Big Book',
      'De Soto Step Study',
      'Solo Group',
      'Paz Group',
      'Just for Today',
      'Touch of Soul',
      'Primary Purpose',
    ]) {
      expect([name, isSpanishName(name)]).toEqual([name, false]);
    }
  });
});
