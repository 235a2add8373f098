import type { DeliveryCompleted, EventData } from '@plume/events';
import type { LocalizedTextMap } from '../localization/localized-text';

type Handover = Pick<EventData<typeof DeliveryCompleted>, 'section' | 'embassy' | 'counts'>;

/** What was handed over, already worded in one language (null: none of that kind). */
interface Handed {
  /** e.g. "1 234 signatures" */
  signatures: string | null;
  /** e.g. "une pétition de 1 234 signatures (1 000 en ligne, 234 sur papier)" */
  petition: string | null;
  /** e.g. "56 lettres" */
  letters: string | null;
  /** Whether the letters take a plural agreement. */
  manyLetters: boolean;
}

interface Wording {
  signatures(n: string, one: boolean): string;
  letters(n: string, one: boolean): string;
  petition(signatures: string, online: string, paper: string): string;
  title(handed: Handed, city: string): string;
  body(section: string, city: string, handed: Handed): string;
}

/** The public news of a handover, per language; languages without wording here fall back to English. */
const WORDING: Record<string, Wording> = {
  fr: {
    signatures: (n, one) => `${n} signature${one ? '' : 's'}`,
    letters: (n, one) => `${n} lettre${one ? '' : 's'}`,
    petition: (signatures, online, paper) => `une pétition de ${signatures} (${online} en ligne, ${paper} sur papier)`,
    title: (handed, city) =>
      handed.signatures
        ? `Pétition de ${handed.signatures} remise à l'ambassade à ${city}`
        : handed.letters
          ? `${handed.letters} remise${handed.manyLetters ? 's' : ''} à l'ambassade à ${city}`
          : `Pétitions remises à l'ambassade à ${city}`,
    body: (section, city, handed) =>
      `La section ${section} a remis officiellement ${[handed.petition, handed.letters].filter(Boolean).join(' et ') || 'ses pétitions'} à l'ambassade à ${city}. ` +
      'Merci à toutes celles et à tous ceux qui ont agi !',
  },
  en: {
    signatures: (n, one) => `${n} signature${one ? '' : 's'}`,
    letters: (n, one) => `${n} letter${one ? '' : 's'}`,
    petition: (signatures, online, paper) => `a petition with ${signatures} (${online} online, ${paper} on paper)`,
    title: (handed, city) =>
      handed.signatures
        ? `Petition with ${handed.signatures} handed to the embassy in ${city}`
        : handed.letters
          ? `${handed.letters} handed to the embassy in ${city}`
          : `Petitions handed to the embassy in ${city}`,
    body: (section, city, handed) =>
      `The ${section} section officially handed ${[handed.petition, handed.letters].filter(Boolean).join(' and ') || 'its petitions'} to the embassy in ${city}. ` +
      'Thank you to everyone who took action!',
  },
};

/**
 * The case update announcing a handover ("Pétition de 1 234 signatures remise à l'ambassade à
 * Bruxelles"), in each of the case's languages that has wording here — English when none has. The
 * city is named in the language when the embassy directory has it translated.
 */
export function handoverAnnouncement(handover: Handover, caseLanguages: string[]): { title: LocalizedTextMap; body: LocalizedTextMap } {
  const worded = caseLanguages.filter((language) => WORDING[language]);
  const title: LocalizedTextMap = {};
  const body: LocalizedTextMap = {};
  for (const language of worded.length > 0 ? worded : ['en']) {
    const wording = WORDING[language];
    const number = (n: number) => new Intl.NumberFormat(language).format(n);
    const one = (n: number) => new Intl.PluralRules(language).select(n) === 'one';
    const city = handover.embassy.cityNames[language] ?? handover.embassy.city;
    const { onlineSignatures, paperSignatures, letters } = handover.counts;
    const total = onlineSignatures + paperSignatures;
    const signatures = total > 0 ? wording.signatures(number(total), one(total)) : null;
    const handed: Handed = {
      signatures,
      petition: signatures ? wording.petition(signatures, number(onlineSignatures), number(paperSignatures)) : null,
      letters: letters > 0 ? wording.letters(number(letters), one(letters)) : null,
      manyLetters: !one(letters),
    };
    title[language] = wording.title(handed, city);
    body[language] = wording.body(handover.section, city, handed);
  }
  return { title, body };
}
