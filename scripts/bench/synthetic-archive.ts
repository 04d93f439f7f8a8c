// The benchmark's synthetic archive: deterministic text with word frequencies like real writing, and
// case studies written in bulk. Used by scripts/bench.ts and scripts/bench/databases.ts.
import { getDb } from "../../app/platform/db.server";
import { allArchiveEntries } from "../../app/models/archive.server";
import { rebuildArchiveIndex } from "../../app/models/archive-search.server";
import { CASE_STUDY_SECTIONS, entrySlug, type ArchiveEntryFields } from "../../app/domain/archive";
import { ORGANISATION_TYPES } from "../../db/schema";
import { REGIONS } from "../../app/domain/organisations";

export const WORDS = (
  "partnership staff side union trust employer wellbeing culture learning just fair rota sickness absence " +
  "recruitment retention nurses porters midwives paramedics training leadership listening survey policy " +
  "disciplinary grievance flexible working menopause carers violence safety pay bullying harassment " +
  "inclusion race disability health equality apprenticeships pensions redeployment change consultation"
).split(" ");

const FUNCTION_WORDS = "the and of to in a for with was that on by as it their this from were at be have all our".split(" ");
const SYLLABLES = "ka ren to mi sa lo ve dun pra cel mor tin bal ise ent war gol fi ne su".split(" ");
const VOCABULARY_SIZE = 6000;

/**
 * Text with word frequencies like real writing (Zipf's law: the r-th commonest word appears about 1/r
 * as often as the commonest): function words first, the award's own words spread through the middle
 * ranks, and made-up words for the long tail. Without that, every word would be in every document
 * and every search would match all of them, which real case studies never do.
 */
const VOCABULARY: string[] = (() => {
  const words: string[] = [...FUNCTION_WORDS];
  for (let i = 0; words.length < VOCABULARY_SIZE; i++) {
    let n = i;
    let w = "";
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    words.push(`${w}x`);
  }
  WORDS.forEach((word, i) => (words[30 + i * 37] = word));
  return words;
})();

/** Deterministic pseudo-random text, so every run measures the same archive. */
export function synthetic(seed: number) {
  let x = seed * 2654435761;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const zipfRank = () => Math.min(VOCABULARY_SIZE - 1, Math.floor(Math.exp(next() * Math.log(VOCABULARY_SIZE))) - 1);
  const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[zipfRank()]).join(" ");
  const topic = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
  return { next, words, topic };
}

/**
 * Synthetic case studies written in bulk (batched inserts, one index rebuild) rather than one
 * publication at a time, so the benchmark spends its time measuring rather than seeding.
 */
export async function seedSyntheticArchive(count: number) {
  const db = getDb();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let year = 2010; year <= 2026; year++) {
      await trx
        .insertInto("award_years")
        .values({ year, ceremony_date: null, ceremony_place: null, notes: null, source_note: null, source_url: null, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column("year").doNothing())
        .execute();
    }
    for (let start = 0; start < count; start += 200) {
      const batch: ArchiveEntryFields[] = [];
      for (let i = start; i < Math.min(count, start + 200); i++) {
        const { next, words, topic } = synthetic(i + 1);
        const fields = {
          year: 2010 + (i % 17),
          organisation_name: `Synthetic Trust ${i}`,
          title: `${topic(4)} ${i}`,
          result: i % 400 === 0 ? "winner" : "finalist",
          summary: words(40),
          region: REGIONS[Math.floor(next() * REGIONS.length)],
          organisation_type: ORGANISATION_TYPES[Math.floor(next() * ORGANISATION_TYPES.length)],
          source_note: "Synthetic benchmark data",
          source_url: null,
          themes: [topic(1), topic(1)],
        } as ArchiveEntryFields;
        for (const section of CASE_STUDY_SECTIONS) fields[section.key] = words(120);
        batch.push(fields);
      }
      const rows = await trx
        .insertInto("archive_entries")
        .values(
          batch.map(({ themes: _themes, ...columns }, k) => ({
            ...columns,
            slug: entrySlug(columns) + `-${start + k}`,
            origin: "import" as const,
            published_at: now,
            version: 1,
            updated_at: now,
            updated_by: null,
          })),
        )
        .returning("id")
        .execute();
      await trx
        .insertInto("archive_entry_versions")
        .values(rows.map((r, k) => ({ entry_id: r.id, version: 1, snapshot: JSON.stringify(batch[k]), changed_by: null, changed_at: now, note: null })))
        .execute();
      const themeRows = rows.flatMap((r, k) => [...new Set(batch[k].themes)].map((theme) => ({ entry_id: r.id, theme })));
      await trx.insertInto("archive_entry_themes").values(themeRows).execute();
    }
  });
  await rebuildArchiveIndex(db, () => allArchiveEntries(db));
  await db.updateTable("archive_state").set((eb) => ({ revision: eb("revision", "+", 1) })).execute();
}
