import { handoverAnnouncement } from './handover-announcement';

const embassy = { embassyId: '5d0c8f3e-6a55-4b8e-9d84-3a1f0d2b7c11', representedCountry: 'SV', hostCountry: 'BE', city: 'Bruxelles', cityNames: { en: 'Brussels' } };
const handover = (counts: { onlineSignatures: number; paperSignatures: number; letters: number }) => ({ section: 'BE-FR', embassy, counts });
// Intl writes thousands with a narrow no-break space in French.
const plain = (text: string) => text.replace(/\u202f|\u00a0/g, ' ');

describe('handoverAnnouncement', () => {
  it("announces the petition in the case's languages, with the city named in each", () => {
    const { title, body } = handoverAnnouncement(handover({ onlineSignatures: 1_000, paperSignatures: 234, letters: 56 }), ['fr', 'en']);
    expect(plain(title.fr)).toBe("Pétition de 1 234 signatures remise à l'ambassade à Bruxelles");
    expect(title.en).toBe('Petition with 1,234 signatures handed to the embassy in Brussels');
    expect(plain(body.fr)).toBe(
      "La section BE-FR a remis officiellement une pétition de 1 234 signatures (1 000 en ligne, 234 sur papier) et 56 lettres à l'ambassade à Bruxelles. Merci à toutes celles et à tous ceux qui ont agi !",
    );
    expect(body.en).toContain('a petition with 1,234 signatures (1,000 online, 234 on paper) and 56 letters to the embassy in Brussels');
  });

  it('speaks of letters alone when no signature was handed over, with the right agreement', () => {
    expect(handoverAnnouncement(handover({ onlineSignatures: 0, paperSignatures: 0, letters: 1 }), ['fr']).title).toEqual({
      fr: "1 lettre remise à l'ambassade à Bruxelles",
    });
    expect(handoverAnnouncement(handover({ onlineSignatures: 0, paperSignatures: 0, letters: 3 }), ['fr']).title.fr).toBe("3 lettres remises à l'ambassade à Bruxelles");
    expect(handoverAnnouncement(handover({ onlineSignatures: 1, paperSignatures: 0, letters: 0 }), ['en']).title.en).toBe(
      'Petition with 1 signature handed to the embassy in Brussels',
    );
  });

  it('falls back to English for a case in languages without wording', () => {
    expect(Object.keys(handoverAnnouncement(handover({ onlineSignatures: 5, paperSignatures: 0, letters: 0 }), ['ar']).title)).toEqual(['en']);
  });
});
