// A cycle's entries by region and by organisation type (issue 15, part 4; decision 039): how many
// organisations entered from each region and of each type, and how many of those became finalists
// and winners. Counts only: nothing here carries a score, a judge or an organisation's name. Pure.
import { ORGANISATION_TYPE_LABELS, type OrganisationType } from "./vocabulary";

/** One submitted entry as the counts need it: where its organisation is, what kind it is, how it did. */
export type CountedEntry = { region: string | null; type: OrganisationType | string | null; finalist: boolean; winner: boolean };
export type EntryCountRow = { group: string; entries: number; finalists: number; winners: number };
export type EntryCounts = { byRegion: EntryCountRow[]; byType: EntryCountRow[]; total: EntryCountRow };

export const NOT_RECORDED = "Not recorded";

function tally(entries: readonly CountedEntry[], groupOf: (e: CountedEntry) => string): EntryCountRow[] {
  const rows = new Map<string, EntryCountRow>();
  for (const e of entries) {
    const group = groupOf(e);
    const row = rows.get(group) ?? { group, entries: 0, finalists: 0, winners: 0 };
    row.entries += 1;
    if (e.finalist) row.finalists += 1;
    if (e.winner) row.winners += 1;
    rows.set(group, row);
  }
  // Most entries first, then by name; "Not recorded" always last.
  return [...rows.values()].sort((a, b) =>
    a.group === NOT_RECORDED ? 1 : b.group === NOT_RECORDED ? -1 : b.entries - a.entries || a.group.localeCompare(b.group, "en-GB"),
  );
}

export function typeLabel(type: string | null): string {
  if (!type) return NOT_RECORDED;
  return ORGANISATION_TYPE_LABELS[type as OrganisationType] ?? type;
}

/** Entries, finalists and winners by region and by organisation type, with the totals. */
export function entryCounts(entries: readonly CountedEntry[]): EntryCounts {
  return {
    byRegion: tally(entries, (e) => e.region?.trim() || NOT_RECORDED),
    byType: tally(entries, (e) => typeLabel(e.type)),
    total: {
      group: "All entries",
      entries: entries.length,
      finalists: entries.filter((e) => e.finalist).length,
      winners: entries.filter((e) => e.winner).length,
    },
  };
}
