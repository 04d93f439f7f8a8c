// What an organisation record may hold beyond its name: the regions it is filed under and the other
// names (aliases) entrants search for it by. Pure, so forms and checks on either side share it.

/** NHS England's seven regions, then the other UK nations, then a way out. */
export const REGIONS = [
  "East of England",
  "London",
  "Midlands",
  "North East and Yorkshire",
  "North West",
  "South East",
  "South West",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "Other",
] as const;
export type Region = (typeof REGIONS)[number];

export const MAX_ALIASES = 30;
export const MAX_ALIAS_LENGTH = 100;

/**
 * The aliases typed one per line. Aliases differing only in case are one alias: search ignores
 * case, so keeping both would only clutter the list.
 */
export function aliasesFromText(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const alias = line.trim().replace(/\s+/g, " ");
    if (!alias || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    aliases.push(alias);
  }
  return aliases;
}
