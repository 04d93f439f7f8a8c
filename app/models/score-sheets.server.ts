// Score sheets: what a judge sees of their assignments and entries, and the saving, submitting and
// reopening of their scores. Every judge-facing read here selects from the redacted copy and the
// cycle's criteria only; identity columns are used to check conflicts but never leave this module.
import { sql, type Kysely } from "kysely";
import type { AssignmentStatus, Database, JudgingRound, ScoreSheetStatus } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import { param, preparedQuery, preparedTransaction } from "~/platform/prepared.server";
import {
  entryLabel,
  judgeEntryView,
  judgeOrder,
  parseSheet,
  scoringProblem,
  finalScoringProblem,
  type CriterionForScoring,
  type JudgeEntryView,
  type RedactedEntry,
  type SheetInput,
  type SheetProgress,
} from "~/domain/judging";
import { JUDGE_VISIBLE_ASSIGNMENT_STATUSES } from "~/domain/conflicts";
import { notFoundRefusal, type FieldRefusal, type NotFound, type Outcome, type Refusal } from "~/domain/outcome";
import { parseDescriptors, type Descriptor } from "~/domain/criteria";

/** A judge's assignment as their list shows it: no identity, only the code and their progress. */
export type JudgeAssignmentView = { code: string; label: string; progress: SheetProgress; savedAt: string | null };

export type JudgeCriterionView = CriterionForScoring & { guidance: string; weight: number; descriptors: Descriptor[] };

export type JudgeSheetView = {
  entry: JudgeEntryView;
  criteria: JudgeCriterionView[];
  sheet: { status: ScoreSheetStatus | null; revision: number; scores: Record<number, number | null>; comments: Record<number, string>; overallComment: string; savedAt: string | null; submittedAt: string | null };
};

/** The organisations a judge is conflicted with in the cycle: their own and every declared one. */
// One query for both: every score save asks it, as a kept statement.
const conflictedOrganisationsQuery = preparedQuery((db) =>
  db
    .selectFrom("judge_conflicts")
    .select("organisation_id")
    .where("cycle_id", "=", param(0))
    .where("judge_user_id", "=", param(1))
    .where("removed_at", "is", null)
    .union(db.selectFrom("judge_profiles").select("organisation_id").where("user_id", "=", param(1)).where("organisation_id", "is not", null).$narrowType<{ organisation_id: number }>()),
);

export async function conflictedOrganisations(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<Set<number>> {
  const { rows } = await conflictedOrganisationsQuery(db, cycleId, judgeId);
  return new Set(rows.map((r) => r.organisation_id).filter((id): id is number => id !== null));
}

/**
 * The assignments a judge sees: live ones and, in the first round, those retired by a conflict they
 * declared after assignment (decision 016: declaring a conflict never changes the judge's list).
 */
function visibleStatuses(round: JudgingRound): AssignmentStatus[] {
  return round === "first" ? [...JUDGE_VISIBLE_ASSIGNMENT_STATUSES] : ["live"];
}

/**
 * A live assignment conflicted with the judge is never shown: assignment never makes one, so this
 * only guards against the secretariat changing a judge's own organisation mid-judging. A retired one
 * is always shown, because hiding it is exactly what would tell the judge which entries were whose.
 */
function hiddenByConflict(row: { status: AssignmentStatus; organisation_id: number }, conflicted: Set<number>): boolean {
  return row.status === "live" && conflicted.has(row.organisation_id);
}

/** The judge's released assignments of a round that they see (live or retired), in their own shuffled order. */
export async function listJudgeAssignments(db: Kysely<Database>, { cycleId, judgeId, round = "first" }: { cycleId: number; judgeId: number; round?: JudgingRound }): Promise<JudgeAssignmentView[]> {
  const [rows, conflicted] = await Promise.all([
    db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_entries.code", "nominations.organisation_id", "judging_assignments.status", "score_sheets.status as sheet_status", "score_sheets.updated_at"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .where("judging_assignments.round", "=", round)
      .where("judging_assignments.status", "in", visibleStatuses(round))
      .where("judging_entries.status", "=", "released")
      .execute(),
    conflictedOrganisations(db, { cycleId, judgeId }),
  ]);
  const visible = rows
    .filter((r) => !hiddenByConflict(r, conflicted))
    .map((r): JudgeAssignmentView => ({ code: r.code, label: entryLabel(r.code), progress: r.sheet_status ?? "not_started", savedAt: r.updated_at }));
  return judgeOrder(judgeId, visible);
}

export type FinalistAssignmentView = { code: string; organisation: string; title: string; progress: SheetProgress };

/** A panel judge's finalists, named (the shortlist is confirmed), with their progress. */
export async function listFinalistAssignments(db: Kysely<Database>, { cycleId, judgeId }: { cycleId: number; judgeId: number }): Promise<FinalistAssignmentView[]> {
  const rows = await db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .innerJoin("shortlist", (join) => join.onRef("shortlist.nomination_id", "=", "judging_assignments.nomination_id").onRef("shortlist.cycle_id", "=", "judging_assignments.cycle_id"))
    .innerJoin("award_cycles", "award_cycles.id", "judging_assignments.cycle_id")
    .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_entries.code", "organisations.name", "nominations.title", "nominations.organisation_id", "score_sheets.status"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.judge_user_id", "=", judgeId)
    .where("judging_assignments.round", "=", "final")
    .where("judging_assignments.status", "=", "live")
    .where("award_cycles.shortlist_confirmed_at", "is not", null)
    .orderBy("organisations.name")
    .execute();
  const conflicted = await conflictedOrganisations(db, { cycleId, judgeId });
  return rows.filter((r) => !conflicted.has(r.organisation_id)).map((r) => ({ code: r.code, organisation: r.name, title: r.title, progress: r.status ?? "not_started" }));
}

/** The judge's assignment to a released entry by its code, one kept statement per round (each its own statuses). */
/**
 * The assignment's row; with the entry's redacted text only when the page shows it. A save never
 * does, and the text is the whole case study, read and turned into a string for nothing.
 */
function liveAssignmentQuery(round: JudgingRound, withText: boolean) {
  return preparedQuery((db) =>
    db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .innerJoin("nominations", "nominations.id", "judging_assignments.nomination_id")
      .select(["judging_assignments.id", "judging_assignments.nomination_id", "judging_assignments.status", "nominations.organisation_id"])
      .$if(withText, (q) => q.select("judging_entries.redacted"))
      .where("judging_entries.code", "=", param(0))
      .where("judging_entries.status", "=", "released")
      .where("judging_assignments.cycle_id", "=", param(1))
      .where("judging_assignments.judge_user_id", "=", param(2))
      .where("judging_assignments.round", "=", round)
      .where("judging_assignments.status", "in", visibleStatuses(round))
      .limit(1),
  );
}
const liveAssignmentQueries: Record<"text" | "noText", Record<JudgingRound, ReturnType<typeof liveAssignmentQuery>>> = {
  text: { first: liveAssignmentQuery("first", true), final: liveAssignmentQuery("final", true) },
  noText: { first: liveAssignmentQuery("first", false), final: liveAssignmentQuery("final", false) },
};

type LiveAssignment = { assignmentId: number; nominationId: number; cycleId: number; round: JudgingRound };

/**
 * The judge's assignment to the entry with this code that they see (live, or retired: decision 016),
 * only if the entry is released. Anything else is "not found", whatever the reason, so that probing
 * codes tells a judge nothing. A retired assignment's sheet is saved as any other and counts nowhere.
 */
async function liveAssignment(db: Kysely<Database>, args: { cycleId: number; judgeId: number; code: string; round: JudgingRound }): Promise<LiveAssignment | undefined> {
  const row = await visibleAssignmentRow(db, args, false);
  return row && { assignmentId: row.id, nominationId: row.nomination_id, cycleId: args.cycleId, round: args.round };
}

/** The same assignment as `liveAssignment`, with the entry's redacted text (JSON), for the sheet's page. */
async function liveAssignmentWithText(db: Kysely<Database>, args: { cycleId: number; judgeId: number; code: string; round: JudgingRound }): Promise<(LiveAssignment & { redacted: string }) | undefined> {
  const row = await visibleAssignmentRow(db, args, true);
  return row && { assignmentId: row.id, nominationId: row.nomination_id, cycleId: args.cycleId, round: args.round, redacted: row.redacted! };
}

async function visibleAssignmentRow(db: Kysely<Database>, { cycleId, judgeId, code, round }: { cycleId: number; judgeId: number; code: string; round: JudgingRound }, withText: boolean) {
  const [row] = (await liveAssignmentQueries[withText ? "text" : "noText"][round](db, code, cycleId, judgeId)).rows;
  if (!row) return undefined;
  const conflicted = await conflictedOrganisations(db, { cycleId, judgeId });
  if (hiddenByConflict(row, conflicted)) return undefined;
  if (round === "final") {
    // The final round is judged with the finalists' names, once the shortlist is confirmed (the
    // unblinding): never before, and never for an entry not on the shortlist.
    const unblinded = await db
      .selectFrom("shortlist")
      .innerJoin("award_cycles", "award_cycles.id", "shortlist.cycle_id")
      .select("shortlist.nomination_id")
      .where("shortlist.cycle_id", "=", cycleId)
      .where("shortlist.nomination_id", "=", row.nomination_id)
      .where("award_cycles.shortlist_confirmed_at", "is not", null)
      .executeTakeFirst();
    if (!unblinded) return undefined;
  }
  return row;
}

const criteriaQuery = preparedQuery((db) =>
  db
    .selectFrom("cycle_criteria")
    .select(["id", "title", "guidance", "weight", "scale_min", "scale_max", "descriptors"])
    .where("cycle_id", "=", param(0))
    .where("round", "=", param(1))
    .orderBy("position"),
);

/** What a save checks the scores against: no guidance or descriptors (long texts the save never reads). */
const criteriaForScoringQuery = preparedQuery((db) =>
  db
    .selectFrom("cycle_criteria")
    .select(["id", "title", "scale_min", "scale_max"])
    .where("cycle_id", "=", param(0))
    .where("round", "=", param(1))
    .orderBy("position"),
);

/** Whose criteria a round is scored on: the final round's own when the cycle has them, else the first round's. */
async function criteriaRoundFor(db: Kysely<Database>, cycleId: number, round: JudgingRound): Promise<JudgingRound> {
  if (round !== "final") return "first";
  const cycle = await db.selectFrom("award_cycles").select("final_criteria").where("id", "=", cycleId).executeTakeFirstOrThrow();
  const own = await db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).where("round", "=", "final").executeTakeFirst();
  return cycle.final_criteria === "own" && own ? "final" : "first";
}

export async function criteriaFor(db: Kysely<Database>, cycleId: number, round: JudgingRound = "first"): Promise<JudgeCriterionView[]> {
  const { rows } = await criteriaQuery(db, cycleId, await criteriaRoundFor(db, cycleId, round));
  return rows.map((r) => ({ ...r, descriptors: parseDescriptors(r.descriptors) }));
}

/** The criteria a round's sheet is saved against, in order (the same as `criteriaFor`, without the texts). */
export async function criteriaForScoring(db: Kysely<Database>, cycleId: number, round: JudgingRound = "first"): Promise<CriterionForScoring[]> {
  return (await criteriaForScoringQuery(db, cycleId, await criteriaRoundFor(db, cycleId, round))).rows;
}

/** One entry as its judge sees it, with the criteria and their sheet; undefined when not theirs to see. */
export async function getJudgeSheet(db: Kysely<Database>, { cycleId, judgeId, code }: { cycleId: number; judgeId: number; code: string }): Promise<JudgeSheetView | undefined> {
  const assignment = await liveAssignmentWithText(db, { cycleId, judgeId, code, round: "first" });
  if (!assignment) return undefined;
  const [sections, rest] = await Promise.all([
    db.selectFrom("cycle_sections").select(["id", "title", "criterion_id"]).where("cycle_id", "=", cycleId).orderBy("position").execute(),
    criteriaAndSheet(db, assignment),
  ]);
  return { entry: judgeEntryView(code, JSON.parse(assignment.redacted) as RedactedEntry, sections), ...rest };
}

/** A finalist as the final-round panel sees it: unblinded, so with its name and its own text. */
export type FinalistEntryView = JudgeEntryView & { organisation: string };
export type FinalistSheetView = Omit<JudgeSheetView, "entry"> & { entry: FinalistEntryView };

/** One finalist for a panel judge, after the shortlist is confirmed; undefined when not theirs to see. */
export async function getFinalistSheet(db: Kysely<Database>, { cycleId, judgeId, code }: { cycleId: number; judgeId: number; code: string }): Promise<FinalistSheetView | undefined> {
  const assignment = await liveAssignment(db, { cycleId, judgeId, code, round: "final" });
  if (!assignment) return undefined;
  const [nomination, sections, rest] = await Promise.all([
    db
      .selectFrom("nominations")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["nominations.title", "organisations.name"])
      .where("nominations.id", "=", assignment.nominationId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("cycle_sections")
      .leftJoin("nomination_answers", (join) =>
        join.onRef("nomination_answers.section_id", "=", "cycle_sections.id").on("nomination_answers.nomination_id", "=", assignment.nominationId),
      )
      .select(["cycle_sections.id", "cycle_sections.title", "cycle_sections.criterion_id", "nomination_answers.text"])
      .where("cycle_sections.cycle_id", "=", cycleId)
      .orderBy("cycle_sections.position")
      .execute(),
    criteriaAndSheet(db, assignment),
  ]);
  const view = judgeEntryView(code, { title: nomination.title, sections: sections.map((s) => ({ sectionId: s.id, text: s.text ?? "" })) }, sections);
  return { entry: { ...view, organisation: nomination.name }, ...rest };
}

async function criteriaAndSheet(db: Kysely<Database>, assignment: LiveAssignment): Promise<Omit<JudgeSheetView, "entry">> {
  const [criteria, sheet] = await Promise.all([
    criteriaFor(db, assignment.cycleId, assignment.round),
    db.selectFrom("score_sheets").selectAll().where("assignment_id", "=", assignment.assignmentId).executeTakeFirst(),
  ]);
  const scores = sheet ? await db.selectFrom("scores").select(["criterion_id", "score", "comment"]).where("sheet_id", "=", sheet.id).execute() : [];
  return { criteria, sheet: sheetState(sheet, scores) };
}

type SheetRow = { status: ScoreSheetStatus; revision: number; overall_comment: string; updated_at: string | null; submitted_at: string | null };

/** A sheet as its page shows it, from its row (none yet: not started) and its scores; the practice sheet's too. */
export function sheetState(sheet: SheetRow | undefined, scores: { criterion_id: number; score: number | null; comment: string }[]): JudgeSheetView["sheet"] {
  return {
    status: sheet?.status ?? null,
    revision: sheet?.revision ?? 0,
    scores: Object.fromEntries(scores.map((s) => [s.criterion_id, s.score])),
    comments: Object.fromEntries(scores.map((s) => [s.criterion_id, s.comment])),
    overallComment: sheet?.overall_comment ?? "",
    savedAt: sheet?.updated_at ?? null,
    submittedAt: sheet?.submitted_at ?? null,
  };
}

/** Saved somewhere else after the page was opened: when (null: the sheet has not been started). */
export type StaleSheet = Refusal & { stale: { savedAt: string | null } };

/**
 * A sheet's save (first round, final or practice): done, or refused as not found, stale, some
 * answers to change (field by field), or closed (the sentence: the deadline has passed, say).
 */
export type SaveSheetResult = Outcome<{ revision: number; status: ScoreSheetStatus; savedAt: string }, NotFound | StaleSheet | FieldRefusal | Refusal>;

/** The refusal of a sheet saved on an old revision. */
export function staleSheet(savedAt: string | null): StaleSheet {
  return { ok: false, problem: "This score sheet was saved somewhere else after it was opened", stale: { savedAt } };
}

/** The refusal of a sheet with answers to change. */
export function sheetNeedsAttention(fields: Record<string, string>): FieldRefusal {
  return { ok: false, problem: "Some answers need attention", fields };
}

// A save's writes, built once and run as kept statements (decision 036): a save builds and compiles
// no Kysely query for them, and the scores are one single-row statement per criterion.
const cycleScoringQuery = preparedQuery((db) => db.selectFrom("award_cycles").select(["stage", "judging_close_at"]).where("id", "=", param(0)));
const sheetOfAssignmentQuery = preparedQuery((db) => db.selectFrom("score_sheets").selectAll().where("assignment_id", "=", param(0)));
const updateSheetQuery = preparedQuery((db) =>
  db
    .updateTable("score_sheets")
    .set({ status: param(0), overall_comment: param(1), revision: sql<number>`revision + 1`, submitted_at: param(2), updated_at: param(3) })
    .where("id", "=", param(4)),
);
const saveScoreQuery = preparedQuery((db) =>
  db
    .insertInto("scores")
    .values({ sheet_id: param(0), criterion_id: param(1), score: param(2), comment: param(3) })
    .onConflict((oc) => oc.columns(["sheet_id", "criterion_id"]).doUpdateSet((eb) => ({ score: eb.ref("excluded.score"), comment: eb.ref("excluded.comment") }))),
);

/**
 * Saves a judge's sheet as a draft, or submits it (which locks it). The stage, the deadline, the
 * assignment and the sheet's revision are all checked inside the transaction that writes.
 */
/**
 * draft: saved as it is; submit: checked complete, saved and locked; check: checked complete as for
 * submitting, but saved as a draft, for the judge's check of their answers before submitting.
 */
export type SheetSaveMode = "draft" | "submit" | "check";

export async function saveScoreSheet(
  db: Kysely<Database>,
  {
    cycleId,
    judgeId,
    code,
    input,
    mode,
    revision,
    round = "first",
    now = new Date(),
  }: { cycleId: number; judgeId: number; code: string; input: SheetInput; mode: SheetSaveMode; revision: number; round?: JudgingRound; now?: Date },
): Promise<SaveSheetResult> {
  return preparedTransaction(db, async (trx) => {
    const assignment = await liveAssignment(trx, { cycleId, judgeId, code, round });
    if (!assignment) return notFoundRefusal("score sheet");
    const [cycle, sheet, criteria] = await Promise.all([
      cycleScoringQuery(trx, cycleId).then((result) => result.rows[0]),
      sheetOfAssignmentQuery(trx, assignment.assignmentId).then((result) => result.rows[0]),
      criteriaForScoring(trx, cycleId, round),
    ]);
    if (!cycle) throw new Error(`Award cycle ${cycleId} not found`);
    const closed = round === "final" ? finalScoringProblem(cycle, sheet?.status ?? null) : scoringProblem(cycle, now, sheet?.status ?? null);
    if (closed) return { ok: false, problem: closed };
    // A sheet not yet started is revision 0; any other revision sent for it is out of date too.
    if ((sheet?.revision ?? 0) !== revision) return staleSheet(sheet?.updated_at ?? null);
    const parsed = parseSheet(criteria, input, mode === "draft" ? "draft" : "submit");
    if (!parsed.ok) return sheetNeedsAttention(parsed.errors);
    const at = now.toISOString();
    const status: ScoreSheetStatus = mode === "submit" ? "submitted" : "draft";
    let sheetId: number;
    let newRevision: number;
    if (sheet) {
      await updateSheetQuery(trx, status, parsed.value.overallComment, mode === "submit" ? at : null, at, sheet.id);
      sheetId = sheet.id;
      newRevision = sheet.revision + 1;
    } else {
      const inserted = await trx
        .insertInto("score_sheets")
        .values({ assignment_id: assignment.assignmentId, status, overall_comment: parsed.value.overallComment, revision: 1, submitted_at: mode === "submit" ? at : null, reopened_at: null, reopened_reason: null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      sheetId = inserted.id;
      newRevision = 1;
    }
    for (const c of criteria) await saveScoreQuery(trx, sheetId, c.id, parsed.value.scores[c.id] ?? null, parsed.value.comments[c.id] ?? "");
    await recordAudit(
      trx,
      {
        actorUserId: judgeId,
        action: mode === "submit" ? "judging.sheet_submitted" : "judging.sheet_saved",
        target: `score_sheet:${sheetId}`,
        details: { code, round, revision: newRevision, scores: criteria.map((c) => parsed.value.scores[c.id] ?? null) },
      },
      now,
    );
    return { ok: true, revision: newRevision, status, savedAt: at };
  });
}

/** The secretariat reopens a submitted sheet so its judge can change it; the reason is recorded. */
export async function reopenScoreSheet(
  db: Kysely<Database>,
  { sheetId, reason, actorUserId, now = new Date() }: { sheetId: number; reason: string; actorUserId: number; now?: Date },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    const result = await trx
      .updateTable("score_sheets")
      .set({ status: "draft", submitted_at: null, reopened_at: at, reopened_reason: reason, revision: sql<number>`revision + 1`, updated_at: at })
      .where("id", "=", sheetId)
      .where("status", "=", "submitted")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await recordAudit(trx, { actorUserId, action: "judging.sheet_reopened", target: `score_sheet:${sheetId}`, details: { reason } }, now);
    return true;
  });
}

export type JudgeProgressRow = { judgeId: number; name: string; email: string; side: string; statementAcceptedAt: string | null; assigned: number; notStarted: number; draft: number; submitted: number };
export type EntryProgressRow = { nominationId: number; code: string; organisation: string; status: string; assigned: number; submitted: number; sheets: { sheetId: number | null; judgeName: string; progress: SheetProgress }[] };

/** Progress for the secretariat: per judge and per entry (live first-round assignments only). */
export async function judgingProgress(db: Kysely<Database>, cycleId: number): Promise<{ judges: JudgeProgressRow[]; entries: EntryProgressRow[] }> {
  const [judges, rows, entries, statements] = await Promise.all([
    db
      .selectFrom("users")
      .innerJoin("roles", (join) => join.onRef("roles.user_id", "=", "users.id").on("roles.role", "=", "judge"))
      .innerJoin("judge_profiles", "judge_profiles.user_id", "users.id")
      .select(["users.id", "users.name", "users.email", "judge_profiles.side"])
      .where("users.active", "=", 1)
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("judging_assignments")
      .innerJoin("users", "users.id", "judging_assignments.judge_user_id")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_assignments.judge_user_id", "judging_assignments.nomination_id", "users.name", "score_sheets.id as sheet_id", "score_sheets.status as sheet_status"])
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("judging_assignments.round", "=", "first")
      .where("judging_assignments.status", "=", "live")
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("judging_entries")
      .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["judging_entries.nomination_id", "judging_entries.code", "judging_entries.status", "organisations.name as organisation"])
      .where("judging_entries.cycle_id", "=", cycleId)
      .orderBy("judging_entries.code")
      .execute(),
    db.selectFrom("judge_statements").select(["judge_user_id", "accepted_at"]).where("cycle_id", "=", cycleId).execute(),
  ]);
  const accepted = new Map(statements.map((s) => [s.judge_user_id, s.accepted_at]));
  const judgeRows = judges.map((j): JudgeProgressRow => {
    const mine = rows.filter((r) => r.judge_user_id === j.id);
    return {
      judgeId: j.id,
      name: j.name,
      email: j.email,
      side: j.side,
      statementAcceptedAt: accepted.get(j.id) ?? null,
      assigned: mine.length,
      notStarted: mine.filter((r) => !r.sheet_status).length,
      draft: mine.filter((r) => r.sheet_status === "draft").length,
      submitted: mine.filter((r) => r.sheet_status === "submitted").length,
    };
  });
  const entryRows = entries.map((e): EntryProgressRow => {
    const mine = rows.filter((r) => r.nomination_id === e.nomination_id);
    return {
      nominationId: e.nomination_id,
      code: e.code,
      organisation: e.organisation,
      status: e.status,
      assigned: mine.length,
      submitted: mine.filter((r) => r.sheet_status === "submitted").length,
      sheets: mine.map((r) => ({ sheetId: r.sheet_id, judgeName: r.name, progress: r.sheet_status ?? "not_started" })),
    };
  });
  return { judges: judgeRows, entries: entryRows };
}

