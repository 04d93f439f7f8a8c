// The practice entry and judges' practice score sheets (calibration before scoring, decision 037).
// The secretariat chooses a past case study from the archive; it is redacted here by the same
// redactor as every entry and stored as the judges' copy. Judges of the cycle may score it before
// their first score sheet, unless it is from an organisation they have a conflict with, and then see
// their scores beside the descriptors and the other judges' (by code). Practice sheets live in their
// own tables: nothing that builds results, exports or the normalisation reads them.
import { sql, type Kysely } from "kysely";
import type { ArchiveResult, Database, RedactionTermKind, ScoreSheetStatus } from "../../db/schema";
import { flagsToDecide, hiddenKindOf, keyOfFlag, type FieldFlags, type FlagToDecide } from "~/domain/flag-decisions";
import { recordAudit } from "./audit.server";
import { registerContext } from "./judging-entries.server";
import { parseIdentifyingTerms } from "./nominations.server";
import { conflictedOrganisations, criteriaFor, criteriaForScoring, sheetNeedsAttention, sheetState, staleSheet, type JudgeCriterionView, type SaveSheetResult } from "./score-sheets.server";
import { notFoundRefusal, type Outcome, type Refusal } from "~/domain/outcome";
import { inTransaction } from "~/platform/sql.server";
import { parseSheet, scoringProblem, type SheetInput } from "~/domain/judging";
import { calibration, isScorableCaseStudy, practiceProblem, practiceSource, type Calibration, type PracticeCopy } from "~/domain/practice";
import { compileRedactor, type RedactionSubject } from "~/domain/redaction";

export type PracticeCandidate = { id: number; year: number; organisation: string; title: string | null; result: ArchiveResult; isDemo: boolean };

const CASE_STUDY_COLUMNS = ["summary", "challenge", "partnership_work", "outcomes", "key_achievement", "top_tips"] as const;

/** Archive entries with a case study that can be scored: the secretariat's choice of practice entry. */
export async function listPracticeCandidates(db: Kysely<Database>): Promise<PracticeCandidate[]> {
  const rows = await db
    .selectFrom("archive_entries")
    .select(["id", "year", "organisation_name", "title", "result", "is_demo"])
    .where((eb) => eb.or([eb("partnership_work", "is not", null), eb("challenge", "is not", null), eb("outcomes", "is not", null)]))
    .orderBy("year", "desc")
    .orderBy("organisation_name")
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, year: r.year, organisation: r.organisation_name, title: r.title, result: r.result, isDemo: r.is_demo === 1 }));
}

/**
 * The register organisation and the people behind an archive entry: the nomination it was published
 * from when it came from a cycle, otherwise the organisation whose name or alias it carries.
 */
async function practiceSubject(
  db: Kysely<Database>,
  entry: { id: number; organisation_name: string },
  extraTerms: PracticeTerm[] = [],
): Promise<{ organisationId: number | null; subject: RedactionSubject }> {
  const fromCycle = await db
    .selectFrom("case_study_drafts")
    .innerJoin("nominations", "nominations.id", "case_study_drafts.nomination_id")
    .select(["nominations.id", "nominations.organisation_id", "nominations.employer_lead_name", "nominations.staff_lead_name", "nominations.identifying_terms"])
    .where("case_study_drafts.archive_entry_id", "=", entry.id)
    .executeTakeFirst();
  let organisationId = fromCycle?.organisation_id ?? null;
  if (organisationId === null) {
    const name = entry.organisation_name.trim().toLowerCase();
    const byName = await db
      .selectFrom("organisations")
      .leftJoin("organisation_aliases", "organisation_aliases.organisation_id", "organisations.id")
      .select("organisations.id")
      .where((eb) => eb.or([eb(sql<string>`lower(organisations.name)`, "=", name), eb(sql<string>`lower(organisation_aliases.alias)`, "=", name)]))
      .orderBy("organisations.id")
      .executeTakeFirst();
    organisationId = byName?.id ?? null;
  }
  const organisation = organisationId === null ? undefined : await db.selectFrom("organisations").select(["name", "short_name", "ods_code", "site", "town"]).where("id", "=", organisationId).executeTakeFirst();
  const aliases = organisationId === null ? [] : (await db.selectFrom("organisation_aliases").select("alias").where("organisation_id", "=", organisationId).execute()).map((a) => a.alias);
  const endorsers = fromCycle ? (await db.selectFrom("endorsements").select("name").where("nomination_id", "=", fromCycle.id).execute()).map((e) => e.name) : [];
  const people = [fromCycle?.employer_lead_name, fromCycle?.staff_lead_name, ...endorsers].filter((p): p is string => !!p && p.trim().length > 1);
  // The archive's spelling of the name is hidden as well as the register's, when they differ.
  if (organisation && organisation.name !== entry.organisation_name) aliases.push(entry.organisation_name);
  const ownNames = new Set([organisation?.name, organisation?.short_name, entry.organisation_name, ...aliases].filter((n): n is string => !!n).map((n) => n.trim()));
  // Other organisations of the register and its towns: flagged for the secretariat, as in an entry.
  const { otherOrganisations, places } = await registerContext(db, organisationId, ownNames);
  return {
    organisationId,
    subject: {
      organisation: {
        name: organisation?.name ?? entry.organisation_name,
        shortName: organisation?.short_name ?? null,
        aliases,
        odsCode: organisation?.ods_code ?? null,
        site: organisation?.site ?? null,
        town: organisation?.town ?? null,
      },
      people: [...new Set(people.map((p) => p.trim()))],
      identifyingTerms: fromCycle ? parseIdentifyingTerms(fromCycle.identifying_terms) : [],
      extraTerms,
      otherOrganisations,
      places,
    },
  };
}

export type PracticeTerm = { text: string; kind: RedactionTermKind };

export function parsePracticeTerms(json: string): PracticeTerm[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((t): t is PracticeTerm => typeof t === "object" && t !== null && typeof t.text === "string" && typeof t.kind === "string") : [];
  } catch {
    return [];
  }
}

type PracticeSource = { id: number; organisation_name: string; title: string | null } & Record<(typeof CASE_STUDY_COLUMNS)[number], string | null>;

/** The judges' copy of a case study, redacted as any entry, with the flags the secretariat should read (decisions 023 and 037). */
async function buildPracticeCopy(db: Kysely<Database>, entry: PracticeSource, extraTerms: PracticeTerm[]) {
  const { organisationId, subject } = await practiceSubject(db, entry, extraTerms);
  const redact = compileRedactor(subject, { context: "practice entry" });
  const source = practiceSource(entry);
  let redactions = 0;
  const fields: FieldFlags[] = [];
  const hide = (field: string, text: string) => {
    const result = redact(text);
    redactions += result.redactions.length;
    fields.push({ field, text, flags: result.flags });
    return result.text;
  };
  const copy: PracticeCopy = { title: hide("Title", source.title), sections: source.sections.map((s) => ({ ...s, text: hide(s.title, s.text) })) };
  return { organisationId, copy, redactions, fields, entrantTerms: subject.identifyingTerms };
}

const NO_PRACTICE_ENTRY: Refusal = { ok: false, problem: "Choose the practice entry first" };
const NOT_ON_THE_LIST: Refusal = { ok: false, problem: "Those words are no longer on the list: they may have been removed already" };

export type ChoosePracticeResult = Outcome<{ redactions: number }>;

/**
 * The secretariat chooses (or changes) the cycle's practice entry; its judges' copy is built now.
 * Words hidden by hand are kept when the same case study is chosen again, and dropped for another.
 */
export async function choosePracticeEntry(
  db: Kysely<Database>,
  { cycleId, archiveEntryId, actorUserId, now = new Date() }: { cycleId: number; archiveEntryId: number; actorUserId: number; now?: Date },
): Promise<ChoosePracticeResult> {
  return inTransaction(db, async (trx) => {
    const entry = await trx.selectFrom("archive_entries").select(["id", "organisation_name", "title", ...CASE_STUDY_COLUMNS]).where("id", "=", archiveEntryId).executeTakeFirst();
    if (!entry || !isScorableCaseStudy(entry)) return { ok: false, problem: "Choose a case study from the archive that says what was done" };
    const before = await trx.selectFrom("practice_entries").select(["archive_entry_id", "extra_terms"]).where("cycle_id", "=", cycleId).executeTakeFirst();
    const extraTerms = before?.archive_entry_id === entry.id ? parsePracticeTerms(before.extra_terms) : [];
    const { organisationId, copy, redactions } = await buildPracticeCopy(trx, entry, extraTerms);
    const at = now.toISOString();
    const values = {
      archive_entry_id: entry.id,
      organisation_id: organisationId,
      redacted: JSON.stringify(copy),
      redaction_count: redactions,
      extra_terms: JSON.stringify(extraTerms),
      chosen_by: actorUserId,
      chosen_at: at,
    };
    await trx
      .insertInto("practice_entries")
      .values({ cycle_id: cycleId, ...values })
      .onConflict((oc) => oc.column("cycle_id").doUpdateSet(values))
      .execute();
    await recordAudit(trx, { actorUserId, action: "judging.practice_chosen", target: `cycle:${cycleId}`, details: { archiveEntryId: entry.id, redactions } }, now);
    return { ok: true, redactions };
  });
}

/**
 * Adds words to hide in the practice entry's judges' copy (by hand, or a flagged phrase hidden) or
 * removes one (by its words), and rebuilds the copy at once, audited. Refused when
 * the cycle has no practice entry or there is no such term.
 */
export async function changePracticeTerms(
  db: Kysely<Database>,
  { cycleId, add, removeText, actorUserId, now = new Date() }: { cycleId: number; add?: PracticeTerm; removeText?: string; actorUserId: number; now?: Date },
): Promise<Outcome<{ redactions: number }>> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom("practice_entries").select(["archive_entry_id", "extra_terms"]).where("cycle_id", "=", cycleId).executeTakeFirst();
    if (!row) return NO_PRACTICE_ENTRY;
    const terms = parsePracticeTerms(row.extra_terms);
    let changed: PracticeTerm | undefined;
    if (add) {
      changed = { text: add.text.trim(), kind: add.kind };
      if (!terms.some((t) => t.text === changed!.text)) terms.push(changed);
    } else if (removeText !== undefined) {
      const at = terms.findIndex((t) => t.text === removeText);
      if (at < 0) return NOT_ON_THE_LIST;
      changed = terms.splice(at, 1)[0];
    }
    if (!changed) return NOT_ON_THE_LIST;
    const entry = await trx.selectFrom("archive_entries").select(["id", "organisation_name", "title", ...CASE_STUDY_COLUMNS]).where("id", "=", row.archive_entry_id).executeTakeFirstOrThrow();
    const { copy, redactions } = await buildPracticeCopy(trx, entry, terms);
    await trx
      .updateTable("practice_entries")
      .set({ redacted: JSON.stringify(copy), redaction_count: redactions, extra_terms: JSON.stringify(terms) })
      .where("cycle_id", "=", cycleId)
      .execute();
    await recordAudit(
      trx,
      { actorUserId, action: add ? "judging.practice_term_added" : "judging.practice_term_removed", target: `cycle:${cycleId}`, details: { archiveEntryId: entry.id, kind: changed.kind, chars: changed.text.length, redactions } },
      now,
    );
    return { ok: true, redactions };
  });
}

/** The flags in the practice entry's text as it is now (phrases hidden by hand no longer flag), for the secretariat. */
export async function practiceFlags(db: Kysely<Database>, cycleId: number): Promise<{ flags: FlagToDecide[]; terms: PracticeTerm[]; entrantTerms: string[] } | undefined> {
  const row = await db.selectFrom("practice_entries").select(["archive_entry_id", "extra_terms"]).where("cycle_id", "=", cycleId).executeTakeFirst();
  if (!row) return undefined;
  const entry = await db.selectFrom("archive_entries").select(["id", "organisation_name", "title", ...CASE_STUDY_COLUMNS]).where("id", "=", row.archive_entry_id).executeTakeFirstOrThrow();
  const terms = parsePracticeTerms(row.extra_terms);
  const built = await buildPracticeCopy(db, entry, terms);
  return { flags: flagsToDecide(built.fields, new Map()), terms, entrantTerms: built.entrantTerms };
}

export type PracticeEntryForAdmin = { archiveEntryId: number; year: number; organisation: string; title: string | null; copy: PracticeCopy; redactionCount: number; chosenAt: string };

/** The cycle's practice entry as the secretariat sees it: which case study, and the judges' copy. */
export async function getPracticeEntryForAdmin(db: Kysely<Database>, cycleId: number): Promise<PracticeEntryForAdmin | undefined> {
  const row = await db
    .selectFrom("practice_entries")
    .innerJoin("archive_entries", "archive_entries.id", "practice_entries.archive_entry_id")
    .select(["practice_entries.archive_entry_id", "practice_entries.redacted", "practice_entries.redaction_count", "practice_entries.chosen_at", "archive_entries.year", "archive_entries.organisation_name", "archive_entries.title"])
    .where("practice_entries.cycle_id", "=", cycleId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { archiveEntryId: row.archive_entry_id, year: row.year, organisation: row.organisation_name, title: row.title, copy: JSON.parse(row.redacted) as PracticeCopy, redactionCount: row.redaction_count, chosenAt: row.chosen_at };
}

type OfferedPractice = { archiveEntryId: number; copy: PracticeCopy };

/**
 * The practice entry offered to a judge, or undefined: none chosen, or from an organisation the judge
 * has a conflict with (their own or a declared one, matched by the register or by name).
 */
async function offeredPractice(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<OfferedPractice | undefined> {
  const row = await db
    .selectFrom("practice_entries")
    .innerJoin("archive_entries", "archive_entries.id", "practice_entries.archive_entry_id")
    .select(["practice_entries.archive_entry_id", "practice_entries.organisation_id", "practice_entries.redacted", "archive_entries.organisation_name"])
    .where("practice_entries.cycle_id", "=", cycleId)
    .executeTakeFirst();
  if (!row) return undefined;
  const conflicted = await conflictedOrganisations(db, { cycleId, judgeId });
  if (row.organisation_id !== null && conflicted.has(row.organisation_id)) return undefined;
  if (conflicted.size) {
    const names = await db
      .selectFrom("organisations")
      .leftJoin("organisation_aliases", "organisation_aliases.organisation_id", "organisations.id")
      .select(["organisations.name", "organisation_aliases.alias"])
      .where("organisations.id", "in", [...conflicted])
      .execute();
    const archiveName = row.organisation_name.trim().toLowerCase();
    if (names.some((n) => n.name.trim().toLowerCase() === archiveName || n.alias?.trim().toLowerCase() === archiveName)) return undefined;
  }
  return { archiveEntryId: row.archive_entry_id, copy: JSON.parse(row.redacted) as PracticeCopy };
}

async function firstSheetSubmitted(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<boolean> {
  const row = await db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select("score_sheets.id")
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.judge_user_id", "=", judgeId)
    .where("judging_assignments.round", "=", "first")
    .where("score_sheets.status", "=", "submitted")
    .executeTakeFirst();
  return Boolean(row);
}

export type PracticeSheetView = {
  copy: PracticeCopy;
  criteria: JudgeCriterionView[];
  sheet: { status: ScoreSheetStatus | null; revision: number; scores: Record<number, number | null>; comments: Record<number, string>; overallComment: string; savedAt: string | null; submittedAt: string | null };
  /** Why the sheet cannot be changed now (submitted, or a first score sheet already submitted), or null. */
  closed: string | null;
};

async function practiceSheetRow(db: Kysely<Database>, { cycleId, judgeId, archiveEntryId }: { cycleId: number; judgeId: number; archiveEntryId: number }) {
  return db.selectFrom("practice_sheets").selectAll().where("cycle_id", "=", cycleId).where("judge_user_id", "=", judgeId).where("archive_entry_id", "=", archiveEntryId).executeTakeFirst();
}

/** A judge's practice entry and sheet, or undefined when there is none for them. */
export async function getPracticeSheet(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<PracticeSheetView | undefined> {
  const offered = await offeredPractice(db, { cycleId, judgeId });
  if (!offered) return undefined;
  const [criteria, sheet, submittedFirst] = await Promise.all([
    criteriaFor(db, cycleId),
    practiceSheetRow(db, { cycleId, judgeId, archiveEntryId: offered.archiveEntryId }),
    firstSheetSubmitted(db, { cycleId, judgeId }),
  ]);
  const scores = sheet ? await db.selectFrom("practice_scores").select(["criterion_id", "score", "comment"]).where("sheet_id", "=", sheet.id).execute() : [];
  return {
    copy: offered.copy,
    criteria,
    sheet: sheetState(sheet, scores),
    closed: practiceProblem({ sheetStatus: sheet?.status ?? null, firstSheetSubmitted: submittedFirst }),
  };
}

/** Whether the judge is offered a practice entry they have not yet submitted, before any score sheet of theirs. */
export async function practiceInvitation(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<"offered" | "submitted" | null> {
  const view = await getPracticeSheet(db, { cycleId, judgeId });
  if (!view) return null;
  if (view.sheet.status === "submitted") return "submitted";
  return view.closed ? null : "offered";
}

export type SavePracticeResult = SaveSheetResult;

/** Saves or submits a judge's practice sheet; every check is made inside the transaction that writes. */
export async function savePracticeSheet(
  db: Kysely<Database>,
  { cycleId, judgeId, input, mode, revision, now = new Date() }: { cycleId: number; judgeId: number; input: SheetInput; mode: "draft" | "submit"; revision: number; now?: Date },
): Promise<SavePracticeResult> {
  return inTransaction(db, async (trx) => {
    const offered = await offeredPractice(trx, { cycleId, judgeId });
    if (!offered) return notFoundRefusal("practice sheet");
    const [cycle, sheet, criteria, submittedFirst] = await Promise.all([
      trx.selectFrom("award_cycles").select(["stage", "judging_close_at"]).where("id", "=", cycleId).executeTakeFirstOrThrow(),
      practiceSheetRow(trx, { cycleId, judgeId, archiveEntryId: offered.archiveEntryId }),
      criteriaForScoring(trx, cycleId),
      firstSheetSubmitted(trx, { cycleId, judgeId }),
    ]);
    const closed = scoringProblem(cycle, now, null) ?? practiceProblem({ sheetStatus: sheet?.status ?? null, firstSheetSubmitted: submittedFirst });
    if (closed) return { ok: false, problem: closed };
    if ((sheet?.revision ?? 0) !== revision) return staleSheet(sheet?.updated_at ?? null);
    const parsed = parseSheet(criteria, input, mode);
    if (!parsed.ok) return sheetNeedsAttention(parsed.errors);
    const at = now.toISOString();
    const status: ScoreSheetStatus = mode === "submit" ? "submitted" : "draft";
    const submittedAt = mode === "submit" ? at : null;
    let sheetId: number;
    let newRevision: number;
    if (sheet) {
      await trx.updateTable("practice_sheets").set({ status, overall_comment: parsed.value.overallComment, revision: sql<number>`revision + 1`, submitted_at: submittedAt, updated_at: at }).where("id", "=", sheet.id).execute();
      sheetId = sheet.id;
      newRevision = sheet.revision + 1;
    } else {
      const inserted = await trx
        .insertInto("practice_sheets")
        .values({ cycle_id: cycleId, judge_user_id: judgeId, archive_entry_id: offered.archiveEntryId, status, overall_comment: parsed.value.overallComment, revision: 1, submitted_at: submittedAt, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      sheetId = inserted.id;
      newRevision = 1;
    }
    if (criteria.length) {
      await trx
        .insertInto("practice_scores")
        .values(criteria.map((c) => ({ sheet_id: sheetId, criterion_id: c.id, score: parsed.value.scores[c.id] ?? null, comment: parsed.value.comments[c.id] ?? "" })))
        .onConflict((oc) => oc.columns(["sheet_id", "criterion_id"]).doUpdateSet((eb) => ({ score: eb.ref("excluded.score"), comment: eb.ref("excluded.comment") })))
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorUserId: judgeId,
        action: mode === "submit" ? "judging.practice_submitted" : "judging.practice_saved",
        target: `practice_sheet:${sheetId}`,
        details: { revision: newRevision, scores: criteria.map((c) => parsed.value.scores[c.id] ?? null) },
      },
      now,
    );
    return { ok: true, revision: newRevision, status, savedAt: at };
  });
}

/** Where a judge's submitted practice scores sit; undefined until they have submitted theirs. */
export async function practiceCalibration(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<Calibration | undefined> {
  const offered = await offeredPractice(db, { cycleId, judgeId });
  if (!offered) return undefined;
  const mine = await practiceSheetRow(db, { cycleId, judgeId, archiveEntryId: offered.archiveEntryId });
  if (mine?.status !== "submitted") return undefined;
  const [criteria, rows] = await Promise.all([
    criteriaFor(db, cycleId),
    db
      .selectFrom("practice_sheets")
      .innerJoin("practice_scores", "practice_scores.sheet_id", "practice_sheets.id")
      .select(["practice_sheets.judge_user_id", "practice_scores.criterion_id", "practice_scores.score"])
      .where("practice_sheets.cycle_id", "=", cycleId)
      .where("practice_sheets.archive_entry_id", "=", offered.archiveEntryId)
      .where("practice_sheets.status", "=", "submitted")
      .execute(),
  ]);
  const byJudge = new Map<number, Record<number, number | null>>();
  for (const r of rows) byJudge.set(r.judge_user_id, { ...(byJudge.get(r.judge_user_id) ?? {}), [r.criterion_id]: r.score });
  return calibration(cycleId, judgeId, criteria, [...byJudge].map(([id, scores]) => ({ judgeId: id, scores })));
}

/** offered: false when the practice entry is from an organisation the judge has a conflict with. */
export type CalibrationProgressRow = { judgeId: number; name: string; side: string; offered: boolean; status: ScoreSheetStatus | null; submittedAt: string | null };

/** Who has calibrated: every active judge and their practice sheet on the cycle's practice entry. */
export async function calibrationProgress(db: Kysely<Database>, cycleId: number): Promise<CalibrationProgressRow[]> {
  const practice = await db.selectFrom("practice_entries").select("archive_entry_id").where("cycle_id", "=", cycleId).executeTakeFirst();
  const [judges, sheets] = await Promise.all([
    db
      .selectFrom("users")
      .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
      .innerJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .select(["users.id", "users.name", "judge_profiles.side"])
      .where("users.active", "=", 1)
      .orderBy("users.name")
      .execute(),
    practice
      ? db.selectFrom("practice_sheets").select(["judge_user_id", "status", "submitted_at"]).where("cycle_id", "=", cycleId).where("archive_entry_id", "=", practice.archive_entry_id).execute()
      : Promise.resolve([]),
  ]);
  const byJudge = new Map(sheets.map((s) => [s.judge_user_id, s]));
  const offered = practice ? await Promise.all(judges.map(async (j) => Boolean(await offeredPractice(db, { cycleId, judgeId: j.id })))) : judges.map(() => false);
  return judges.map((j, i) => ({ judgeId: j.id, name: j.name, side: j.side, offered: offered[i], status: byJudge.get(j.id)?.status ?? null, submittedAt: byJudge.get(j.id)?.submitted_at ?? null }));
}

/** Hides a flagged phrase of the practice entry (found again on the server by its key) as what it seems to be. */
export async function hidePracticeFlag(
  db: Kysely<Database>,
  { cycleId, flagKey, actorUserId, now = new Date() }: { cycleId: number; flagKey: string; actorUserId: number; now?: Date },
): Promise<Outcome<{ redactions: number }>> {
  const row = await db.selectFrom("practice_entries").select(["archive_entry_id", "extra_terms"]).where("cycle_id", "=", cycleId).executeTakeFirst();
  if (!row) return NO_PRACTICE_ENTRY;
  const entry = await db.selectFrom("archive_entries").select(["id", "organisation_name", "title", ...CASE_STUDY_COLUMNS]).where("id", "=", row.archive_entry_id).executeTakeFirstOrThrow();
  const built = await buildPracticeCopy(db, entry, parsePracticeTerms(row.extra_terms));
  const flag = built.fields.flatMap((f) => f.flags).find((f) => keyOfFlag(f) === flagKey);
  if (!flag) return { ok: false, problem: "That phrase is no longer flagged in the practice entry" };
  return changePracticeTerms(db, { cycleId, add: { text: flag.matched, kind: hiddenKindOf(flag) }, actorUserId, now });
}
