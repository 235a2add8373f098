/**
 * The country a section works in: the first part of its code (`BE-FR` → `BE`, `DZ` → `DZ`). A section
 * hands petitions to embassies in its own country and manages those embassies in the directory.
 */
export function sectionCountry(section: string): string {
  return section.slice(0, 2);
}
