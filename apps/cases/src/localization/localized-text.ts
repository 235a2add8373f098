/** Text in several languages, stored as `{ "fr": "…", "en": "…" }` (a jsonb column). */
export type LocalizedTextMap = Record<string, string>;

export interface Resolved {
  language: string;
  text: string;
}

/**
 * The text in the requested language, else in the fallback language, else in any language there is.
 * A case page never goes blank because one translation is missing.
 */
export function resolveLocalized(texts: LocalizedTextMap, requested: string | null | undefined, fallback: string): Resolved {
  for (const language of [requested?.toLowerCase(), fallback, 'en']) {
    if (language && texts[language] !== undefined) return { language, text: texts[language] };
  }
  const [first] = Object.entries(texts);
  return first ? { language: first[0], text: first[1] } : { language: fallback, text: '' };
}

export function toLocalizedMap(entries: { language: string; text: string }[]): LocalizedTextMap {
  return Object.fromEntries(entries.map((e) => [e.language, e.text]));
}

export function toLocalizedList(texts: LocalizedTextMap): { language: string; text: string }[] {
  return Object.entries(texts).map(([language, text]) => ({ language, text }));
}
