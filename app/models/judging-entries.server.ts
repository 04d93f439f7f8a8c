// Judging entries: each complete nomination's judging code and the judges' redacted copy, the
// secretariat's review of that redaction (extra terms, hand-marked passages) and its release.
// Only what is built here, from the redactor in app/domain/redaction.ts, ever reaches a judge.
import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, FlagDecision, JudgingEntryStatus, RedactionTermKind } from "../../db/schema";
import { listCycleNominations } from "./admin-nominations.server";
import { recordAudit } from "./audit.server";
import { parseIdentifyingTerms } from "./nominations.server";
import { inTransaction } from "~/platform/sql.server";
import { judgingCode, type RedactedEntry } from "~/domain/judging";
import { isRegisterPredecessor } from "~/domain/national-register";
import { flagKey, flagsToDecide, undecidedFlagKeys, type FieldFlags, type FlagToDecide } from "~/domain/flag-decisions";
import { compileRedactor, flagEveryOccurrence, REDACTION_RULES_VERSION, segments, type Flag, type Redaction, type RedactedText, type RedactionSubject } from "~/domain/redaction";
import type { Outcome } from "~/domain/outcome";

/** Everything the redaction of one nomination is built from: its text and every term to hide. */
export type RedactionSource = {
  subject: RedactionSubject;
  title: string;
  sections: { sectionId: number; title: string; text: string }[];
};

/** The register's names and towns as registerContext reads them: read once for many entries. */
export type RegisterNames = {
  /** One row per alias, with where and when the organisation was (for predecessors by the register alone). */
  organisations: {
    id: number;
    name: string;
    short_name: string | null;
    alias: string | null;
    postcode: string | null;
    icb_code: string | null;
    opened_on: string | null;
    closed_on: string | null;
  }[];
  towns: string[];
};

async function readRegisterNames(db: Kysely<Database>): Promise<RegisterNames> {
  const [organisations, towns] = await Promise.all([
    db
      .selectFrom("organisations")
      .leftJoin("organisation_aliases", "organisation_aliases.organisation_id", "organisations.id")
      .select([
        "organisations.id",
        "organisations.name",
        "organisations.short_name",
        "organisation_aliases.alias",
        "organisations.postcode",
        "organisations.icb_code",
        "organisations.opened_on",
        "organisations.closed_on",
      ])
      .where((eb) => eb.or([eb("organisations.kind", "is", null), eb("organisations.kind", "not in", ["national_body", "trade_union"])]))
      .execute(),
    db.selectFrom("organisations").select("town").distinct().where("town", "is not", null).execute(),
  ]);
  return { organisations, towns: towns.map((t) => t.town).filter((t): t is string => !!t && t.trim().length > 1) };
}

/**
 * What the register says around an organisation's entry: every other organisation's names (flagged
 * for the secretariat; national bodies and trade unions name no entrant, so never), leaving out any
 * that is also one of `ownNames`, and the register's towns and cities (flagged as places, and never
 * taken for a site's name). For an entry and for the practice entry alike (decisions 023, 037).
 * `register` is the register already read, when many entries are looked at together.
 */
export async function registerContext(
  db: Kysely<Database>,
  organisationId: number | null,
  ownNames: ReadonlySet<string>,
  register?: RegisterNames,
): Promise<{ otherOrganisations: string[]; places: string[] }> {
  const { organisations, towns } = register ?? (await readRegisterNames(db));
  const otherNames = new Set<string>();
  for (const o of organisations) {
    if (o.id === organisationId) continue;
    for (const n of [o.name, o.short_name, o.alias]) if (n && n.trim().length > 2 && !ownNames.has(n.trim())) otherNames.add(n.trim());
  }
  return { otherOrganisations: [...otherNames].sort(), places: [...towns].sort() };
}

async function redactionSource(db: Kysely<Database>, nominationId: number, register?: RegisterNames): Promise<RedactionSource | undefined> {
  const nomination = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select([
      "nominations.id",
      "nominations.cycle_id",
      "nominations.organisation_id",
      "nominations.title",
      "nominations.identifying_terms",
      "nominations.employer_lead_name",
      "nominations.staff_lead_name",
      "organisations.name as organisation_name",
      "organisations.short_name",
      "organisations.ods_code",
      "organisations.site",
      "organisations.town",
      "organisations.postcode",
      "organisations.icb_code",
      "organisations.opened_on",
      "organisations.closed_on",
    ])
    .where("nominations.id", "=", nominationId)
    .executeTakeFirst();
  if (!nomination) return undefined;
  const [aliases, predecessors, members, endorsers, sections, terms] = await Promise.all([
    // Every alias, former names included.
    db.selectFrom("organisation_aliases").select("alias").where("organisation_id", "=", nomination.organisation_id).execute(),
    // Organisations merged into this one, by every name they had.
    db
      .selectFrom("organisations")
      .leftJoin("organisation_aliases", "organisation_aliases.organisation_id", "organisations.id")
      .select(["organisations.name", "organisations.short_name", "organisation_aliases.alias"])
      .where("organisations.successor_id", "=", nomination.organisation_id)
      .execute(),
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("users.name")
      .where("memberships.organisation_id", "=", nomination.organisation_id)
      .execute(),
    db.selectFrom("endorsements").select("name").where("nomination_id", "=", nominationId).execute(),
    db
      .selectFrom("cycle_sections")
      .leftJoin("nomination_answers", (join) =>
        join.onRef("nomination_answers.section_id", "=", "cycle_sections.id").on("nomination_answers.nomination_id", "=", nominationId),
      )
      .select(["cycle_sections.id", "cycle_sections.title", "nomination_answers.text"])
      .where("cycle_sections.cycle_id", "=", nomination.cycle_id)
      .orderBy("cycle_sections.position")
      .execute(),
    db.selectFrom("redaction_terms").select(["text", "kind"]).where("nomination_id", "=", nominationId).orderBy("id").execute(),
  ]);
  const people = [nomination.employer_lead_name, nomination.staff_lead_name, ...members.map((m) => m.name), ...endorsers.map((e) => e.name)];
  const ownNames = new Set(aliases.map((a) => a.alias));
  for (const p of predecessors) for (const n of [p.name, p.short_name, p.alias]) if (n && n.trim().length > 1) ownNames.add(n.trim());
  // And the closed organisations the register itself ties to this one: the same headquarters postcode,
  // or its ICB and closed while it was open (decision 035, session 9).
  const registerNames = register ?? (await readRegisterNames(db));
  const own = { postcode: nomination.postcode, icbCode: nomination.icb_code, openedOn: nomination.opened_on, closedOn: nomination.closed_on };
  for (const o of registerNames.organisations) {
    if (o.id === nomination.organisation_id || !isRegisterPredecessor(own, { postcode: o.postcode, icbCode: o.icb_code, openedOn: o.opened_on, closedOn: o.closed_on })) continue;
    for (const n of [o.name, o.short_name, o.alias]) if (n && n.trim().length > 1) ownNames.add(n.trim());
  }
  const { otherOrganisations, places } = await registerContext(db, nomination.organisation_id, ownNames, registerNames);
  return {
    subject: {
      organisation: {
        name: nomination.organisation_name,
        shortName: nomination.short_name,
        aliases: [...ownNames],
        odsCode: nomination.ods_code,
        site: nomination.site,
        town: nomination.town,
      },
      people: [...new Set(people.filter((p): p is string => !!p && p.trim().length > 1).map((p) => p.trim()))],
      identifyingTerms: parseIdentifyingTerms(nomination.identifying_terms),
      extraTerms: terms.map((t) => ({ text: t.text, kind: t.kind })),
      otherOrganisations,
      places,
    },
    title: nomination.title,
    sections: sections.map((s) => ({ sectionId: s.id, title: s.title, text: s.text ?? "" })),
  };
}

/** What a judges' copy was built from, and under which version of the redaction rules. */
export function sourceHash(source: RedactionSource, rules: string = REDACTION_RULES_VERSION): string {
  return crypto.createHash("sha256").update(JSON.stringify({ rules, source })).digest("hex");
}

export type BuiltRedaction = {
  redacted: RedactedEntry;
  title: { original: string; redactions: Redaction[]; flags: Flag[] };
  sections: { sectionId: number; title: string; original: string; redactions: Redaction[]; flags: Flag[] }[];
};

function buildRedaction(source: RedactionSource): BuiltRedaction {
  // The whole entry is the context: a person named in full or a site named in one section is
  // hidden by a short form in every other.
  const context = [source.title, ...source.sections.map((s) => s.text)].join("\n\n");
  const redact = compileRedactor(source.subject, { context });
  const first = redact(source.title);
  const firstSections = source.sections.map((s) => ({ ...s, result: redact(s.text) }));
  // A phrase flagged in one field is flagged wherever another writes it, as hiding it hides it everywhere.
  const flagged = [first, ...firstSections.map((s) => s.result)].flatMap((r) => r.flags);
  const everywhere = (text: string, r: RedactedText): RedactedText => ({ ...r, flags: flagEveryOccurrence(text, r.redactions, r.flags, flagged) });
  const title = everywhere(source.title, first);
  const sections = firstSections.map((s) => ({ ...s, result: everywhere(s.text, s.result) }));
  return {
    redacted: { title: title.text, sections: sections.map((s) => ({ sectionId: s.sectionId, text: s.result.text })) },
    title: { original: source.title, redactions: title.redactions, flags: title.flags },
    sections: sections.map((s) => ({ sectionId: s.sectionId, title: s.title, original: s.text, redactions: s.result.redactions, flags: s.result.flags })),
  };
}

const TITLE_FIELD = "Title of the initiative";

/** Each field's text and flags, for the flags' review. */
export function fieldFlags(built: BuiltRedaction): FieldFlags[] {
  return [
    { field: TITLE_FIELD, text: built.title.original, flags: built.title.flags },
    ...built.sections.map((s) => ({ field: s.title, text: s.original, flags: s.flags })),
  ];
}

/** The secretariat's decisions on the entry's flags, by flag key. */
export async function flagDecisions(db: Kysely<Database>, nominationId: number): Promise<Map<string, FlagDecision>> {
  const rows = await db.selectFrom("redaction_flag_decisions").select(["flag_key", "decision"]).where("nomination_id", "=", nominationId).execute();
  return new Map(rows.map((r) => [r.flag_key, r.decision]));
}

/** The entry's current redaction, built from its text as it is now (or undefined for no such nomination). */
export async function currentRedaction(db: Kysely<Database>, nominationId: number): Promise<BuiltRedaction | undefined> {
  const source = await redactionSource(db, nominationId);
  return source ? buildRedaction(source) : undefined;
}

/** The keys of the entry's flagged phrases still to decide, on its text as it is now. */
export async function undecidedFlags(db: Kysely<Database>, nominationId: number): Promise<string[]> {
  const redaction = await currentRedaction(db, nominationId);
  if (!redaction) return [];
  const flags = fieldFlags(redaction).flatMap((f) => f.flags);
  return undecidedFlagKeys(flags, await flagDecisions(db, nominationId));
}

/** How many of the entry's flagged phrases are still to decide. */
export async function undecidedFlagCount(db: Kysely<Database>, nominationId: number): Promise<number> {
  return (await undecidedFlags(db, nominationId)).length;
}

/** The problem that stops a release while flags are undecided, in the secretariat's words. */
export function undecidedProblem(count: number): string {
  return `${count === 1 ? "1 flagged phrase is" : `${count} flagged phrases are`} still to decide: hide or keep each one, then release the entry`;
}

const countOf = (built: BuiltRedaction, key: "redactions" | "flags") =>
  built.title[key].length + built.sections.reduce((n, s) => n + s[key].length, 0);

async function newCode(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const code = judgingCode(crypto.randomBytes(8));
    const taken = await db.selectFrom("judging_entries").select("code").where("code", "=", code).executeTakeFirst();
    if (!taken) return code;
  }
}

/**
 * Makes sure the nomination's judging entry matches its current text and terms. A new entry, or one
 * whose source changed, is (re)built and goes back to the secretariat for review: a released entry
 * whose text changed is no longer shown to judges until it is released again.
 */
export async function refreshJudgingEntry(
  db: Kysely<Database>,
  { nominationId, cycleId, actorUserId, now = new Date() }: { nominationId: number; cycleId: number; actorUserId: number | null; now?: Date },
): Promise<"created" | "rebuilt" | "unchanged" | "missing"> {
  return inTransaction(db, async (trx) => {
    const source = await redactionSource(trx, nominationId);
    if (!source) return "missing";
    return (await refreshFrom(trx, source, { nominationId, cycleId, actorUserId, now })).outcome;
  });
}

/** refreshJudgingEntry for a source already read; gives back the redaction when it built one. */
async function refreshFrom(
  trx: Kysely<Database>,
  source: RedactionSource,
  { nominationId, cycleId, actorUserId, now }: { nominationId: number; cycleId: number; actorUserId: number | null; now: Date },
): Promise<{ outcome: "created" | "rebuilt" | "unchanged"; built: BuiltRedaction | null }> {
  const hash = sourceHash(source);
  const existing = await trx.selectFrom("judging_entries").select(["source_hash", "status", "code"]).where("nomination_id", "=", nominationId).executeTakeFirst();
  if (existing && existing.source_hash === hash) return { outcome: "unchanged", built: null };
  const built = buildRedaction(source);
  const at = now.toISOString();
  const values = {
    source_hash: hash,
    redacted: JSON.stringify(built.redacted),
    redaction_count: countOf(built, "redactions"),
    flag_count: countOf(built, "flags"),
    updated_at: at,
  };
  if (!existing) {
    const code = await newCode(trx);
    await trx
      .insertInto("judging_entries")
      .values({ nomination_id: nominationId, cycle_id: cycleId, code, status: "needs_review", ...values, released_at: null, released_by: null, created_at: at })
      .execute();
    await recordAudit(trx, { actorUserId, action: "judging.entry_prepared", target: `nomination:${nominationId}`, details: { code, redactions: values.redaction_count, flags: values.flag_count } }, now);
    return { outcome: "created", built };
  }
  await trx
    .updateTable("judging_entries")
    .set({ ...values, status: existing.status === "withheld" ? "withheld" : "needs_review", released_at: null, released_by: null })
    .where("nomination_id", "=", nominationId)
    .execute();
  await recordAudit(trx, { actorUserId, action: "judging.redaction_rebuilt", target: `nomination:${nominationId}`, details: { code: existing.code, was: existing.status, redactions: values.redaction_count } }, now);
  return { outcome: "rebuilt", built };
}

/**
 * Brings the cycle's judging entries up to date: every complete nomination gets one (or has it
 * rebuilt if its text changed); one that is no longer complete is withheld from judges.
 */
export async function prepareJudgingEntries(
  db: Kysely<Database>,
  { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number | null; now?: Date },
): Promise<{ created: number; rebuilt: number; withheld: number }> {
  const nominations = await listCycleNominations(db, cycleId);
  const counts = { created: 0, rebuilt: 0, withheld: 0 };
  for (const n of nominations) {
    if (n.status === "complete") {
      const result = await refreshJudgingEntry(db, { nominationId: n.id, cycleId, actorUserId, now });
      if (result === "created") counts.created++;
      if (result === "rebuilt") counts.rebuilt++;
    } else {
      const withheld = await db
        .updateTable("judging_entries")
        .set({ status: "withheld", released_at: null, released_by: null, updated_at: now.toISOString() })
        .where("nomination_id", "=", n.id)
        .where("status", "!=", "withheld")
        .executeTakeFirst();
      if (Number(withheld.numUpdatedRows) > 0) {
        counts.withheld++;
        await recordAudit(db, { actorUserId, action: "judging.entry_withheld", target: `nomination:${n.id}`, details: { because: n.status } }, now);
      }
    }
  }
  return counts;
}

export type JudgingEntryRow = {
  nominationId: number;
  code: string;
  reference: string;
  organisation: string;
  title: string;
  status: JudgingEntryStatus;
  redactionCount: number;
  flagCount: number;
  releasedAt: string | null;
  liveAssignments: number;
  submittedSheets: number;
};

/** The secretariat's list of a cycle's judging entries, with identities (admins only). */
export async function listJudgingEntries(db: Kysely<Database>, cycleId: number): Promise<JudgingEntryRow[]> {
  const rows = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select([
      "judging_entries.nomination_id",
      "judging_entries.code",
      "judging_entries.status",
      "judging_entries.redaction_count",
      "judging_entries.flag_count",
      "judging_entries.released_at",
      "nominations.reference",
      "nominations.title",
      "organisations.name as organisation",
    ])
    .where("judging_entries.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  const assignments = await db
    .selectFrom("judging_assignments")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_assignments.nomination_id", "score_sheets.status as sheet_status"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.status", "=", "live")
    .where("judging_assignments.round", "=", "first")
    .execute();
  const live = new Map<number, number>();
  const submitted = new Map<number, number>();
  for (const a of assignments) {
    live.set(a.nomination_id, (live.get(a.nomination_id) ?? 0) + 1);
    if (a.sheet_status === "submitted") submitted.set(a.nomination_id, (submitted.get(a.nomination_id) ?? 0) + 1);
  }
  return rows.map((r) => ({
    nominationId: r.nomination_id,
    code: r.code,
    reference: r.reference,
    organisation: r.organisation,
    title: r.title,
    status: r.status,
    redactionCount: r.redaction_count,
    flagCount: r.flag_count,
    releasedAt: r.released_at,
    liveAssignments: live.get(r.nomination_id) ?? 0,
    submittedSheets: submitted.get(r.nomination_id) ?? 0,
  }));
}

export type ReviewSegment = { text: string; kind?: string; source?: string; flag?: string };

export type RedactionReview = {
  nominationId: number;
  cycleId: number;
  code: string;
  status: JudgingEntryStatus;
  reference: string;
  organisation: string;
  releasedAt: string | null;
  /**
   * The entry's text, its words to hide, the register's names or the redaction rules have changed
   * since the judges' copy was stored: each field's segments are the copy as it would be rebuilt now,
   * its `redacted` the stored copy judges see (if released) until the secretariat rebuilds it and
   * releases it again.
   */
  stale: boolean;
  fields: { key: string; title: string; segments: ReviewSegment[]; redacted: string }[];
  terms: { id: number; text: string; kind: RedactionTermKind }[];
  entrantTerms: string[];
  flags: { field: string; matched: string; reason: string }[];
  /** One per flagged phrase, undecided first, with its context and decision. */
  flagsToDecide: FlagToDecide[];
  undecidedFlags: number;
  /** Phrases the secretariat chose to hide from the flags. */
  hiddenFlags: string[];
  redactionCount: number;
};

function reviewSegments(original: string, redactions: Redaction[], flags: Flag[]): ReviewSegment[] {
  return segments(original, { text: "", redactions, flags }).map((s) =>
    s.redaction ? { text: s.text, kind: s.redaction.kind, source: s.redaction.source } : s.flag ? { text: s.text, flag: s.flag.reason } : { text: s.text },
  );
}

/** The secretariat's review of one entry's redaction: the original with each redaction marked. */
/**
 * The secretariat's review of an entry's redaction, built from its text as it is now. It only reads:
 * a copy that no longer matches its source is shown as stale (rebuildJudgesCopy stores the new one).
 */
export async function getRedactionReview(db: Kysely<Database>, nominationId: number): Promise<RedactionReview | undefined> {
  const entry = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select([
      "judging_entries.cycle_id",
      "judging_entries.code",
      "judging_entries.status",
      "judging_entries.released_at",
      "judging_entries.source_hash",
      "judging_entries.redacted",
      "nominations.reference",
      "organisations.name as organisation",
    ])
    .where("judging_entries.nomination_id", "=", nominationId)
    .executeTakeFirst();
  if (!entry) return undefined;
  const source = await redactionSource(db, nominationId);
  if (!source) return undefined;
  const built = buildRedaction(source);
  const terms = await db.selectFrom("redaction_terms").select(["id", "text", "kind"]).where("nomination_id", "=", nominationId).orderBy("id").execute();
  const decisionRows = await db.selectFrom("redaction_flag_decisions").select(["flag_key", "matched", "decision"]).where("nomination_id", "=", nominationId).orderBy("decided_at").execute();
  const toDecide = flagsToDecide(fieldFlags(built), new Map(decisionRows.map((d) => [d.flag_key, d.decision])));
  // "Judges will see" is the copy judges are given (the stored one), which differs from a fresh build
  // only when the copy is out of date: the page then says so and offers to rebuild it.
  const stored = JSON.parse(entry.redacted) as RedactedEntry;
  const storedText = new Map(stored.sections.map((s) => [s.sectionId, s.text]));
  const fields = [
    { key: "title", title: TITLE_FIELD, original: built.title.original, redactions: built.title.redactions, flags: built.title.flags, redacted: stored.title },
    ...built.sections.map((s) => ({ key: `section_${s.sectionId}`, title: s.title, original: s.original, redactions: s.redactions, flags: s.flags, redacted: storedText.get(s.sectionId) ?? "" })),
  ];
  return {
    nominationId,
    cycleId: entry.cycle_id,
    code: entry.code,
    status: entry.status,
    reference: entry.reference,
    organisation: entry.organisation,
    releasedAt: entry.released_at,
    stale: entry.source_hash !== sourceHash(source),
    fields: fields.map((f) => ({ key: f.key, title: f.title, segments: reviewSegments(f.original, f.redactions, f.flags), redacted: f.redacted })),
    terms,
    entrantTerms: source.subject.identifyingTerms,
    flags: fields.flatMap((f) => f.flags.map((fl) => ({ field: f.title, matched: fl.matched, reason: fl.reason }))),
    flagsToDecide: toDecide,
    undecidedFlags: toDecide.filter((f) => f.decision === null).length,
    hiddenFlags: decisionRows.filter((d) => d.decision === "hide").map((d) => d.matched),
    redactionCount: countOf(built, "redactions"),
  };
}

/**
 * Stores the judges' copy of the entry's text as it is now, when the review page showed it stale; a
 * released entry goes back to review (refreshJudgingEntry). "unchanged" when it was up to date already.
 */
export async function rebuildJudgesCopy(
  db: Kysely<Database>,
  { nominationId, actorUserId, now = new Date() }: { nominationId: number; actorUserId: number; now?: Date },
): Promise<"rebuilt" | "unchanged" | "missing"> {
  const entry = await db.selectFrom("judging_entries").select("cycle_id").where("nomination_id", "=", nominationId).executeTakeFirst();
  if (!entry) return "missing";
  const outcome = await refreshJudgingEntry(db, { nominationId, cycleId: entry.cycle_id, actorUserId, now });
  return outcome === "created" ? "rebuilt" : outcome;
}

export type OutOfDateCopy = { nominationId: number; code: string; title: string; status: JudgingEntryStatus };

/**
 * The cycle's judging entries whose stored judges' copy no longer matches what it is built from (the
 * text, the words to hide, the register's names or REDACTION_RULES_VERSION), each with the source read.
 */
async function outOfDateSources(db: Kysely<Database>, cycleId: number): Promise<(OutOfDateCopy & { source: RedactionSource })[]> {
  const entries = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .select(["judging_entries.nomination_id", "judging_entries.code", "judging_entries.status", "judging_entries.source_hash", "nominations.title"])
    .where("judging_entries.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  const stale: (OutOfDateCopy & { source: RedactionSource })[] = [];
  const register = entries.length > 0 ? await readRegisterNames(db) : undefined;
  for (const e of entries) {
    const source = await redactionSource(db, e.nomination_id, register);
    if (source && sourceHash(source) !== e.source_hash) stale.push({ nominationId: e.nomination_id, code: e.code, title: e.title, status: e.status, source });
  }
  return stale;
}

/** The cycle's out-of-date judges' copies, by code, for the judging overview. It only reads. */
export async function listOutOfDateCopies(db: Kysely<Database>, { cycleId }: { cycleId: number }): Promise<OutOfDateCopy[]> {
  return (await outOfDateSources(db, cycleId)).map((c) => ({ nominationId: c.nominationId, code: c.code, title: c.title, status: c.status }));
}

/**
 * Rebuilds every out-of-date judges' copy of the cycle in one transaction, each as the single rebuild
 * does (refreshFrom: flags and counts recomputed, one audit row per entry, a released entry back to
 * review, a withheld one still withheld), with one audit row for the whole. Judges never see a copy
 * half rebuilt: a released entry leaves their lists in the same commit that replaces its text.
 */
export async function rebuildOutOfDateCopies(
  db: Kysely<Database>,
  { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number; now?: Date },
): Promise<{ rebuilt: number; unreleased: number }> {
  return inTransaction(db, async (trx) => {
    const stale = await outOfDateSources(trx, cycleId);
    for (const c of stale) await refreshFrom(trx, c.source, { nominationId: c.nominationId, cycleId, actorUserId, now });
    const unreleased = stale.filter((c) => c.status === "released");
    if (stale.length > 0) {
      const details = { rebuilt: stale.length, codes: stale.map((c) => c.code), backToReview: unreleased.map((c) => c.code) };
      await recordAudit(trx, { actorUserId, action: "judging.out_of_date_copies_rebuilt", target: `cycle:${cycleId}`, details }, now);
    }
    return { rebuilt: stale.length, unreleased: unreleased.length };
  });
}

export async function addRedactionTerm(
  db: Kysely<Database>,
  { nominationId, text, kind, actorUserId, now = new Date() }: { nominationId: number; text: string; kind: RedactionTermKind; actorUserId: number; now?: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const entry = await trx.selectFrom("judging_entries").select(["cycle_id", "code"]).where("nomination_id", "=", nominationId).executeTakeFirstOrThrow();
    await trx.insertInto("redaction_terms").values({ nomination_id: nominationId, text, kind, added_by: actorUserId, created_at: now.toISOString() }).execute();
    await recordAudit(trx, { actorUserId, action: "judging.redaction_term_added", target: `nomination:${nominationId}`, details: { code: entry.code, kind, length: text.length } }, now);
    await refreshJudgingEntry(trx, { nominationId, cycleId: entry.cycle_id, actorUserId, now });
  });
}

export async function removeRedactionTerm(
  db: Kysely<Database>,
  { nominationId, termId, actorUserId, now = new Date() }: { nominationId: number; termId: number; actorUserId: number; now?: Date },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const entry = await trx.selectFrom("judging_entries").select(["cycle_id", "code"]).where("nomination_id", "=", nominationId).executeTakeFirst();
    if (!entry) return false;
    const term = await trx.selectFrom("redaction_terms").select("text").where("id", "=", termId).where("nomination_id", "=", nominationId).executeTakeFirst();
    if (!term) return false;
    await trx.deleteFrom("redaction_terms").where("id", "=", termId).execute();
    // A phrase hidden from the flags and then no longer hidden is undecided again.
    await trx.deleteFrom("redaction_flag_decisions").where("nomination_id", "=", nominationId).where("flag_key", "=", flagKey(term.text)).where("decision", "=", "hide").execute();
    await recordAudit(trx, { actorUserId, action: "judging.redaction_term_removed", target: `nomination:${nominationId}`, details: { code: entry.code, termId } }, now);
    await refreshJudgingEntry(trx, { nominationId, cycleId: entry.cycle_id, actorUserId, now });
    return true;
  });
}

/** Releases an entry to judging (or withholds it). Only a complete nomination can be released. */
export async function setJudgingEntryStatus(
  db: Kysely<Database>,
  { nominationId, status, actorUserId, now = new Date() }: { nominationId: number; status: "released" | "withheld"; actorUserId: number; now?: Date },
): Promise<Outcome> {
  return inTransaction(db, async (trx) => {
    const entry = await trx.selectFrom("judging_entries").select(["cycle_id", "code", "status"]).where("nomination_id", "=", nominationId).executeTakeFirst();
    if (!entry) return { ok: false, problem: "This nomination has no judging entry" };
    // Release what was reviewed: if the text changed since, the rebuilt redaction needs a look first.
    const refreshed = await refreshJudgingEntry(trx, { nominationId, cycleId: entry.cycle_id, actorUserId, now });
    if (status === "released" && refreshed === "rebuilt") {
      return { ok: false, problem: "The entry's text or terms changed since this page was shown: review the new redaction, then release it" };
    }
    if (status === "released") {
      const [nomination] = await listCycleNominations(trx, entry.cycle_id, { only: nominationId });
      if (nomination?.status !== "complete") return { ok: false, problem: "Only a complete nomination can be released to judges" };
      const undecided = await undecidedFlagCount(trx, nominationId);
      if (undecided > 0) return { ok: false, problem: undecidedProblem(undecided) };
    }
    const at = now.toISOString();
    await trx
      .updateTable("judging_entries")
      .set(status === "released" ? { status, released_at: at, released_by: actorUserId, updated_at: at } : { status, released_at: null, released_by: null, updated_at: at })
      .where("nomination_id", "=", nominationId)
      .execute();
    await recordAudit(trx, { actorUserId, action: status === "released" ? "judging.entry_released" : "judging.entry_withheld", target: `nomination:${nominationId}`, details: { code: entry.code, was: entry.status } }, now);
    return { ok: true };
  });
}

/**
 * The entrant's preview of the judges' copy, built by the same redactor from the nomination as it is
 * saved now (nothing is stored). Only for the nomination's own organisation: the caller checks that.
 */
export async function judgesCopyPreview(db: Kysely<Database>, nominationId: number): Promise<RedactedEntry & { sectionTitles: string[] } | undefined> {
  const source = await redactionSource(db, nominationId);
  if (!source) return undefined;
  const built = buildRedaction(source);
  return { ...built.redacted, sectionTitles: source.sections.map((s) => s.title) };
}

/** An entry's judging code, when the nomination has a judging entry in that cycle (else undefined). */
export async function judgingEntryCode(db: Kysely<Database>, { cycleId, nominationId }: { cycleId: number; nominationId: number }): Promise<string | undefined> {
  const entry = await db.selectFrom("judging_entries").select("code").where("nomination_id", "=", nominationId).where("cycle_id", "=", cycleId).executeTakeFirst();
  return entry?.code;
}

/**
 * The nomination behind a judging code in that cycle (else undefined): for the server's own use,
 * such as a judge stepping away from the entry they hold by its code; never for a judge's page.
 */
export async function judgingEntryNominationId(db: Kysely<Database>, { cycleId, code }: { cycleId: number; code: string }): Promise<number | undefined> {
  const entry = await db.selectFrom("judging_entries").select("nomination_id").where("code", "=", code).where("cycle_id", "=", cycleId).executeTakeFirst();
  return entry?.nomination_id;
}
