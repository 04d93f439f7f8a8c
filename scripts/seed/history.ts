// The archive's history, from the SPF's own pages (../shared/reference): only what they say. Years
// with no known winner get no invented one; the archive shows them as "not recorded yet" and an
// admin can fill them in. Seeded on every start, in every mode, and only once.
import type { Kysely } from "kysely";
import type { Database, OrganisationType } from "../../db/schema";
import type { ArchiveEntryFields } from "../../app/domain/archive";
import { createArchiveEntry, saveAwardYear } from "../../app/models/archive.server";

const SPF_PARTNERSHIP_PAGE = "NHS Social Partnership Forum, 'How we do partnership': the HPMA partnership award winners 2010 to 2018";
const SPF_AWARD_FACTS = "NHS Social Partnership Forum and HPMA public pages on the partnership award";

type HistoryEntry = {
  year: number;
  organisation: string;
  title: string | null;
  result: ArchiveEntryFields["result"];
  summary: string | null;
  region: string | null;
  type: OrganisationType | null;
  themes: string[];
  source: string;
};

export const HISTORY_ENTRIES: HistoryEntry[] = [
  {
    year: 2010,
    organisation: "St George's Healthcare NHS Trust",
    title: "Building a respectful and passionate workplace",
    result: "winner",
    summary: null,
    region: "London",
    type: "acute",
    themes: ["workplace culture"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2011,
    organisation: "NHS Norfolk",
    title: "'Back to basics' partnership principles",
    result: "winner",
    summary: null,
    region: "East of England",
    type: "other",
    themes: ["partnership principles"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2012,
    organisation: "Bradford District Care Trust",
    title: "Learning Disabilities Transition Programme",
    result: "winner",
    summary: null,
    region: "North East and Yorkshire",
    type: "mental_health",
    themes: ["service change", "learning disabilities"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2013,
    organisation: "West Dunbartonshire Health and Social Care Partnership",
    title: "Developing an integrated Health and Social Care Partnership",
    result: "winner",
    summary: null,
    region: "Scotland",
    type: "other",
    themes: ["integration"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2014,
    organisation: "Business Services Organisation and Trade Unions",
    title: "Partnership approach to LGBT-inclusive workplaces",
    result: "winner",
    summary: "A project which used a partnership approach to promote lesbian, gay, bisexual and transgender inclusive workplaces.",
    region: "Northern Ireland",
    type: "other",
    themes: ["equality and inclusion"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2015,
    organisation: "Guy's and St Thomas' NHS Foundation Trust",
    title: "'Passport to Management' management development programme",
    result: "winner",
    summary: "An exemplar management development programme, 'Passport to Management'. It was one of three finalists that year.",
    region: "London",
    type: "acute",
    themes: ["leadership and management development"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2016,
    organisation: "Somerset Partnership NHS Foundation Trust",
    title: "'See Something, Say Something' campaign",
    result: "winner",
    summary: "An exemplar campaign, 'See Something, Say Something'.",
    region: "South West",
    type: "community",
    themes: ["speaking up"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2016,
    organisation: "Birmingham and Solihull Mental Health NHS Foundation Trust with the RCN",
    title: null,
    result: "finalist",
    summary: null,
    region: "Midlands",
    type: "mental_health",
    themes: [],
    source: SPF_AWARD_FACTS,
  },
  {
    year: 2016,
    organisation: "NHS Greater Glasgow and Clyde",
    title: null,
    result: "finalist",
    summary: null,
    region: "Scotland",
    type: "other",
    themes: [],
    source: SPF_AWARD_FACTS,
  },
  {
    year: 2017,
    organisation: "Norfolk and Norwich University Hospitals NHS Foundation Trust",
    title: "A new attendance policy: a person-centred approach to managing sickness",
    result: "winner",
    summary:
      "The trust worked in partnership to develop a new attendance policy, a new approach to people management, and a person-centred approach to managing sickness procedures. It was one of four finalists that year.",
    region: "East of England",
    type: "acute",
    themes: ["attendance and wellbeing"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2018,
    organisation: "Mersey Care NHS Foundation Trust",
    title: "Implementation of a just and learning culture",
    result: "winner",
    summary:
      "The award-winning campaign saw trust and staff side colleagues working in partnership to improve the disciplinary process and create an open and honest culture where learning is shared.",
    region: "North West",
    type: "mental_health",
    themes: ["just and learning culture"],
    source: SPF_PARTNERSHIP_PAGE,
  },
  {
    year: 2019,
    organisation: "The Hillingdon Hospitals NHS Foundation Trust",
    title: null,
    result: "winner",
    summary: null,
    region: "London",
    type: "acute",
    themes: [],
    source: SPF_AWARD_FACTS,
  },
  {
    year: 2021,
    organisation: "Cornwall Partnership NHS Foundation Trust",
    title: "Just and Learning Culture",
    result: "highly_commended",
    summary: null,
    region: "South West",
    type: "community",
    themes: ["just and learning culture"],
    source: SPF_AWARD_FACTS,
  },
];

/** Years about which something beyond the winner is known. */
export const HISTORY_YEARS = [
  { year: 2015, ceremony_date: null, ceremony_place: null, notes: "Three finalists; the others are not recorded here." },
  { year: 2017, ceremony_date: null, ceremony_place: null, notes: "Four finalists; the others are not recorded here." },
  { year: 2018, ceremony_date: "2018-06-07", ceremony_place: "London", notes: "Entries closed on 21 February 2018 at 17:00." },
  { year: 2020, ceremony_date: null, ceremony_place: null, notes: "Entries closed on 18 February 2020 at 17:00." },
  { year: 2021, ceremony_date: null, ceremony_place: null, notes: "The winner is not recorded here; Cornwall Partnership NHS Foundation Trust was highly commended." },
  { year: 2025, ceremony_date: null, ceremony_place: null, notes: "Entries closed on 22 May 2025." },
  { year: 2026, ceremony_date: "2026-11-12", ceremony_place: "Bristol", notes: "The award's seventeenth year. Entries closed on 13 May 2026." },
];

function fieldsFor(e: HistoryEntry): ArchiveEntryFields {
  return {
    year: e.year,
    organisation_name: e.organisation,
    title: e.title,
    result: e.result,
    summary: e.summary,
    region: e.region,
    organisation_type: e.type,
    source_note: e.source,
    source_url: null,
    themes: e.themes,
    about_organisation: null,
    challenge: null,
    partnership_work: null,
    outcomes: null,
    key_achievement: null,
    top_tips: null,
    further_information: null,
  };
}

/** Seeds the known history once: an entry already there (same year, organisation, result) is left alone. */
export async function seedHistory(db: Kysely<Database>): Promise<{ years: number; entries: number }> {
  let years = 0;
  let entries = 0;
  for (const y of HISTORY_YEARS) {
    const exists = await db.selectFrom("award_years").select("year").where("year", "=", y.year).executeTakeFirst();
    if (exists) continue;
    await saveAwardYear(db, { ...y, source_note: SPF_AWARD_FACTS, source_url: null }, null);
    years++;
  }
  for (const e of HISTORY_ENTRIES) {
    const exists = await db
      .selectFrom("archive_entries")
      .select("id")
      .where("year", "=", e.year)
      .where("organisation_name", "=", e.organisation)
      .where("result", "=", e.result)
      .executeTakeFirst();
    if (exists) continue;
    await createArchiveEntry(db, { fields: fieldsFor(e), origin: "history", actorUserId: null, publishedAt: new Date(`${e.year}-12-31T00:00:00Z`) });
    entries++;
  }
  return { years, entries };
}
