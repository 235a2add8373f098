import { z } from 'zod';

/**
 * Field schemas shared by every subgraph's input validation. Country and language codes are checked
 * against the ICU data that ships with Node (Intl.DisplayNames), so no code list is maintained here.
 */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * ICU lookups cost a few microseconds each, on every signature; the answers never change, and the codes
 * that pass the shape check are few (26² regions, 26² + 26³ languages), so they are remembered.
 */
function remembered(answer: (code: string) => boolean): (code: string) => boolean {
  const known = new Map<string, boolean>();
  return (code) => {
    let valid = known.get(code);
    if (valid === undefined) {
      valid = answer(code);
      known.set(code, valid);
    }
    return valid;
  };
}

const knownRegion = remembered((code) => regionNames.of(code) !== code);
const knownLanguage = remembered((code) => languageNames.of(code) !== code);

export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && knownRegion(code);
}

export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && knownLanguage(code);
}

export const isoCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isIsoCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as "DZ" or "BE"');

export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, 'must be an ISO 639-1 language code such as "fr" or "en"');

/** A calendar date, `YYYY-MM-DD`, that really exists. */
export const calendarDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

export const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048);

export function text(maxLength: number, minLength = 1) {
  return z
    .string()
    .trim()
    .min(minLength, minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`)
    .max(maxLength, `must be at most ${maxLength} characters`);
}

/** Text in several languages, e.g. `[{ language: "fr", text: "…" }]`, one entry per language. */
export function localizedTexts(maxLength: number) {
  return z
    .array(z.object({ language: languageCode, text: text(maxLength) }))
    .min(1, 'needs at least one language')
    .refine((entries) => new Set(entries.map((e) => e.language)).size === entries.length, 'has the same language twice');
}

const uuid = z.uuid();

/**
 * True for a well-formed UUID (every Plume id is one). Ids arrive from clients and other subgraphs:
 * one that is not a UUID cannot name anything, and must not reach PostgreSQL as a uuid parameter.
 */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
