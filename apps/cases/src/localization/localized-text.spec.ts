import { resolveLocalized } from './localized-text';

describe('resolveLocalized', () => {
  const texts = { fr: 'Libérée', en: 'Released' };
  it('serves the requested language', () => expect(resolveLocalized(texts, 'EN', 'fr')).toEqual({ language: 'en', text: 'Released' }));
  it('falls back to the default language', () => expect(resolveLocalized(texts, 'ar', 'fr')).toEqual({ language: 'fr', text: 'Libérée' }));
  it('falls back to English, then to anything', () => {
    expect(resolveLocalized(texts, null, 'es')).toEqual({ language: 'en', text: 'Released' });
    expect(resolveLocalized({ ar: 'حرة' }, 'fr', 'fr')).toEqual({ language: 'ar', text: 'حرة' });
  });
});
