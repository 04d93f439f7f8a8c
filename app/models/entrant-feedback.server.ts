// Feedback to every entrant (decision 038). After the announcement the secretariat assembles a first
// draft per entry from the first round's submitted sheets (and, for finalists, the final round's) (each criterion's score band and the judges'
// comments, never a judge's name or code), edits and approves it, and releases it, one or all approved
// at once: the release and its e-mails to the organisation's approved members are one transaction.
// Entrants read only released feedback of their own organisation; every change is audited.
import type { Kysely } from "kysely";
import type { Database, JudgingRound } from "../../db/schema";
import { parseDescriptors } from "~/domain/criteria";
import { fieldRefusal, type FieldRefusal, type Outcome, type Refusal } from "~/domain/outcome";
import {
  assembleFeedback,
  feedbackCriterionField,
  judgeMention,
  MAX_FEEDBACK_TEXT,
  parseFeedbackCriteria,
  type FeedbackCriterion,
  type FeedbackSheet,
  type FeedbackStatus,
  type FinalRoundFeedbackInput,
} from "~/domain/feedback";
import { feedbackReleasedMail } from "~/emails/feedback-emails.server";
import { inTransaction } from "~/platform/sql.server";
import { recordAudit, textDigest } from "./audit.server";
import { listJudges } from "./judges.server";
import { approvedMembers } from "./memberships.server";
import { queueMail } from "./outbox.server";

export type FeedbackRow = {
  nominationId: number;
  code: string;
  organisation: string;
  title: string;
  status: FeedbackStatus | null;
  releasedAt: string | null;
};

/** Every entry judged in the cycle's first round, with where its feedback stands (null: not assembled). */
export async function feedbackOverview(db: Kysely<Database>, cycleId: number): Promise<FeedbackRow[]> {
  const rows = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .leftJoin("entrant_feedback", "entrant_feedback.nomination_id", "judging_entries.nomination_id")
    .select([
      "judging_entries.nomination_id",
      "judging_entries.code",
      "organisations.name",
      "nominations.title",
      "entrant_feedback.status",
      "entrant_feedback.released_at",
    ])
    .where("judging_entries.cycle_id", "=", cycleId)
    .where("judging_entries.status", "=", "released")
    .orderBy("organisations.name")
    .orderBy("judging_entries.code")
    .execute();
  return rows.map((r) => ({
    nominationId: r.nomination_id,
    code: r.code,
    organisation: r.name,
    title: r.title,
    status: r.status ?? null,
    releasedAt: r.released_at ?? null,
  }));
}

/** A round's submitted, live sheets of the cycle by entry, without anything about who wrote them. */
async function anonymousSheets(db: Kysely<Database>, cycleId: number, round: JudgingRound = "first"): Promise<Map<number, FeedbackSheet[]>> {
  const sheets = await db
    .selectFrom("score_sheets")
    .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
    .select(["score_sheets.id", "score_sheets.overall_comment", "judging_assignments.nomination_id"])
    .where("judging_assignments.cycle_id", "=", cycleId)
    .where("judging_assignments.round", "=", round)
    .where("judging_assignments.status", "=", "live")
    .where("score_sheets.status", "=", "submitted")
    .orderBy("score_sheets.id")
    .execute();
  const scores = sheets.length
    ? await db
        .selectFrom("scores")
        .select(["sheet_id", "criterion_id", "score", "comment"])
        .where(
          "sheet_id",
          "in",
          sheets.map((s) => s.id)
        )
        .execute()
    : [];
  const bySheet = new Map<number, FeedbackSheet>(sheets.map((s) => [s.id, { scores: {}, comments: {}, overall: s.overall_comment }]));
  for (const s of scores) {
    const sheet = bySheet.get(s.sheet_id)!;
    sheet.scores[s.criterion_id] = s.score;
    sheet.comments[s.criterion_id] = s.comment;
  }
  const byEntry = new Map<number, FeedbackSheet[]>();
  for (const s of sheets) byEntry.set(s.nomination_id, [...(byEntry.get(s.nomination_id) ?? []), bySheet.get(s.id)!]);
  return byEntry;
}

export type FeedbackProblem = Refusal;

/**
 * A first draft for every judged entry of an announced cycle that has none yet; drafts already
 * there (perhaps edited) are left alone. One transaction with its audit row.
 */
export async function assembleFeedbackDrafts(
  db: Kysely<Database>,
  { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number; now?: Date }
): Promise<{ ok: true; assembled: number } | FeedbackProblem> {
  const cycle = await db.selectFrom("award_cycles").select(["published_at", "retention_applied_at", "final_criteria"]).where("id", "=", cycleId).executeTakeFirstOrThrow();
  if (!cycle.published_at) return { ok: false, problem: "Feedback is assembled after the announcement" };
  if (cycle.retention_applied_at) return { ok: false, problem: "The judges' comments of this cycle have been deleted under the retention rule" };
  const criteriaOf = async (round: JudgingRound) =>
    (
      await db
        .selectFrom("cycle_criteria")
        .select(["id", "title", "scale_min", "scale_max", "descriptors"])
        .where("cycle_id", "=", cycleId)
        .where("round", "=", round)
        .orderBy("position")
        .execute()
    ).map((c) => ({ ...c, descriptors: parseDescriptors(c.descriptors) }));
  const [criteria, ownFinalCriteria, sheets, finalSheets] = await Promise.all([
    criteriaOf("first"),
    criteriaOf("final"),
    anonymousSheets(db, cycleId),
    // Finalists' final-round sheets, as anonymous as the first round's (decision 038, session 8).
    anonymousSheets(db, cycleId, "final"),
  ]);
  // The final round is scored on its own criteria only when the cycle says so and has some (as roundCriteria decides).
  const sameCriteria = !(cycle.final_criteria === "own" && ownFinalCriteria.length > 0);
  const finalFor = (nominationId: number): FinalRoundFeedbackInput | undefined => {
    const list = finalSheets.get(nominationId);
    if (!list?.length) return undefined;
    return sameCriteria ? { sameCriteria: true, sheets: list } : { sameCriteria: false, criteria: ownFinalCriteria, sheets: list };
  };
  const entries = (await feedbackOverview(db, cycleId)).filter((e) => e.status === null);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    let assembled = 0;
    for (const e of entries) {
      const draft = assembleFeedback(criteria, sheets.get(e.nominationId) ?? [], finalFor(e.nominationId));
      const inserted = await trx
        .insertInto("entrant_feedback")
        .values({
          cycle_id: cycleId,
          nomination_id: e.nominationId,
          criteria: JSON.stringify(draft.criteria),
          overall: draft.overall,
          assembled_at: at,
          updated_by: actorUserId,
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(["cycle_id", "nomination_id"]).doNothing())
        .executeTakeFirst();
      assembled += Number(inserted.numInsertedOrUpdatedRows ?? 0n);
    }
    await recordAudit(trx, { actorUserId, action: "feedback.assembled", target: `cycle:${cycleId}`, details: { assembled } }, now);
    return { ok: true, assembled };
  });
}

export type FeedbackForAdmin = {
  nominationId: number;
  code: string;
  organisation: string;
  title: string;
  status: FeedbackStatus;
  criteria: FeedbackCriterion[];
  overall: string;
  releasedAt: string | null;
};

/** One entry's feedback as the secretariat edits it, or undefined when none has been assembled. */
export async function getFeedbackForAdmin(
  db: Kysely<Database>,
  { cycleId, nominationId }: { cycleId: number; nominationId: number }
): Promise<FeedbackForAdmin | undefined> {
  const row = await db
    .selectFrom("entrant_feedback")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "entrant_feedback.nomination_id")
    .innerJoin("nominations", "nominations.id", "entrant_feedback.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select([
      "entrant_feedback.status",
      "entrant_feedback.criteria",
      "entrant_feedback.overall",
      "entrant_feedback.released_at",
      "judging_entries.code",
      "organisations.name",
      "nominations.title",
    ])
    .where("entrant_feedback.cycle_id", "=", cycleId)
    .where("entrant_feedback.nomination_id", "=", nominationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    nominationId,
    code: row.code,
    organisation: row.name,
    title: row.title,
    status: row.status,
    criteria: parseFeedbackCriteria(row.criteria),
    overall: row.overall,
    releasedAt: row.released_at,
  };
}

export type FeedbackInput = { criteria: Record<number, string>; overall: string };
export type FeedbackProblems = Record<string, string>;

/**
 * Saves the secretariat's edit of one entry's feedback, as a draft or approved. Approval is refused
 * while a text names a judge or carries a judge's code. Released feedback no longer changes.
 * Problems are keyed by field (feedbackCriterionField, and "overall").
 */
export async function saveFeedback(
  db: Kysely<Database>,
  {
    cycleId,
    nominationId,
    input,
    approve,
    actorUserId,
    now = new Date(),
  }: { cycleId: number; nominationId: number; input: FeedbackInput; approve: boolean; actorUserId: number; now?: Date }
): Promise<Outcome<{ status: FeedbackStatus }, FieldRefusal | Refusal>> {
  const judgeNames = approve ? (await listJudges(db)).map((j) => j.name) : [];
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("entrant_feedback")
      .select(["id", "status", "criteria", "overall"])
      .where("cycle_id", "=", cycleId)
      .where("nomination_id", "=", nominationId)
      .executeTakeFirst();
    if (!row) return { ok: false, problem: "No feedback has been assembled for this entry" };
    if (row.status === "released") return { ok: false, problem: "This feedback has been released, so it can no longer change" };
    const before = parseFeedbackCriteria(row.criteria);
    const criteria = before.map((c) => ({ ...c, text: (input.criteria[c.criterionId] ?? "").trim() }));
    const overall = input.overall.trim();
    const problems: FeedbackProblems = {};
    for (const c of criteria) {
      if (c.text.length > MAX_FEEDBACK_TEXT)
        problems[feedbackCriterionField(c.criterionId)] = `Feedback on “${c.title}” must be ${MAX_FEEDBACK_TEXT.toLocaleString("en-GB")} characters or fewer`;
      else if (approve) {
        const mention = judgeMention(c.text, judgeNames);
        if (mention) problems[feedbackCriterionField(c.criterionId)] = `Feedback on “${c.title}”: ${mention}`;
      }
    }
    if (overall.length > MAX_FEEDBACK_TEXT) problems.overall = `The overall feedback must be ${MAX_FEEDBACK_TEXT.toLocaleString("en-GB")} characters or fewer`;
    else if (approve) {
      const mention = judgeMention(overall, judgeNames);
      if (mention) problems.overall = `The overall feedback: ${mention}`;
    }
    if (approve && !overall && criteria.every((c) => !c.text)) problems.overall = "Write some feedback before approving it";
    if (Object.keys(problems).length) return fieldRefusal(problems);
    const at = now.toISOString();
    const status: FeedbackStatus = approve ? "approved" : "draft";
    await trx
      .updateTable("entrant_feedback")
      .set({
        criteria: JSON.stringify(criteria),
        overall,
        status,
        updated_by: actorUserId,
        updated_at: at,
        approved_by: approve ? actorUserId : null,
        approved_at: approve ? at : null,
      })
      .where("id", "=", row.id)
      .execute();
    // The texts as digests only: the audit log is kept for ever, the feedback only as long as the comments it came from.
    await recordAudit(
      trx,
      {
        actorUserId,
        action: approve ? "feedback.approved" : "feedback.saved",
        target: `nomination:${nominationId}`,
        details: { cycleId, criteria: criteria.map((c) => ({ criterionId: c.criterionId, text: textDigest(c.text) })), overall: textDigest(overall) },
      },
      now
    );
    return { ok: true, status };
  });
}

/**
 * Releases approved feedback: the entries named, or every approved one of the cycle. Each release
 * and its e-mails to the organisation's approved members are written in one transaction; an e-mail
 * is keyed by entry and address, so nobody is told twice.
 */
export async function releaseFeedback(
  db: Kysely<Database>,
  { cycleId, nominationIds, actorUserId, now = new Date() }: { cycleId: number; nominationIds: number[] | "all approved"; actorUserId: number; now?: Date }
): Promise<{ ok: true; released: number; emails: number } | FeedbackProblem> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    let query = trx
      .selectFrom("entrant_feedback")
      .innerJoin("nominations", "nominations.id", "entrant_feedback.nomination_id")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .innerJoin("award_cycles", "award_cycles.id", "entrant_feedback.cycle_id")
      .select([
        "entrant_feedback.id",
        "entrant_feedback.nomination_id",
        "nominations.organisation_id",
        "nominations.title",
        "organisations.name",
        "award_cycles.year",
      ])
      .where("entrant_feedback.cycle_id", "=", cycleId)
      .where("entrant_feedback.status", "=", "approved");
    if (nominationIds !== "all approved") {
      if (!nominationIds.length) return { ok: false, problem: "Choose the feedback to release" };
      query = query.where("entrant_feedback.nomination_id", "in", nominationIds);
    }
    const due = await query.orderBy("entrant_feedback.nomination_id").execute();
    if (!due.length)
      return {
        ok: false,
        problem: nominationIds === "all approved" ? "No feedback is approved and waiting to be released" : "Only approved feedback can be released",
      };
    let emails = 0;
    for (const f of due) {
      const claimed = await trx
        .updateTable("entrant_feedback")
        .set({ status: "released", released_by: actorUserId, released_at: at })
        .where("id", "=", f.id)
        .where("status", "=", "approved")
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      const notice = { year: f.year, organisation: f.name, title: f.title || "your entry", path: `/nominations/${f.nomination_id}/feedback` };
      for (const to of await approvedMembers(trx, f.organisation_id)) {
        if (await queueMail(trx, { ...feedbackReleasedMail(to, notice), once: `feedback:${f.nomination_id}:${to.email.toLowerCase()}` }, now)) emails++;
      }
    }
    await recordAudit(
      trx,
      { actorUserId, action: "feedback.released", target: `cycle:${cycleId}`, details: { nominationIds: due.map((f) => f.nomination_id), emails } },
      now
    );
    return { ok: true, released: due.length, emails };
  });
}

export type ReleasedFeedbackSummary = { nominationId: number; year: number; title: string; releasedAt: string };

/** The organisation's released feedback, newest cycle first: what its entrants may read. */
export async function releasedFeedbackForOrganisation(db: Kysely<Database>, organisationId: number): Promise<ReleasedFeedbackSummary[]> {
  const rows = await db
    .selectFrom("entrant_feedback")
    .innerJoin("nominations", "nominations.id", "entrant_feedback.nomination_id")
    .innerJoin("award_cycles", "award_cycles.id", "entrant_feedback.cycle_id")
    .select(["entrant_feedback.nomination_id", "award_cycles.year", "nominations.title", "entrant_feedback.released_at"])
    .where("nominations.organisation_id", "=", organisationId)
    .where("entrant_feedback.status", "=", "released")
    .orderBy("award_cycles.year", "desc")
    .orderBy("nominations.title")
    .execute();
  return rows.map((r) => ({ nominationId: r.nomination_id, year: r.year, title: r.title, releasedAt: r.released_at! }));
}

export type ReleasedFeedback = ReleasedFeedbackSummary & { criteria: FeedbackCriterion[]; overall: string };

/** One entry's released feedback, if the entry is the organisation's; anything else is undefined (a 404). */
export async function getReleasedFeedback(
  db: Kysely<Database>,
  { nominationId, organisationId }: { nominationId: number; organisationId: number }
): Promise<ReleasedFeedback | undefined> {
  const row = await db
    .selectFrom("entrant_feedback")
    .innerJoin("nominations", "nominations.id", "entrant_feedback.nomination_id")
    .innerJoin("award_cycles", "award_cycles.id", "entrant_feedback.cycle_id")
    .select(["award_cycles.year", "nominations.title", "entrant_feedback.released_at", "entrant_feedback.criteria", "entrant_feedback.overall"])
    .where("entrant_feedback.nomination_id", "=", nominationId)
    .where("nominations.organisation_id", "=", organisationId)
    .where("entrant_feedback.status", "=", "released")
    .executeTakeFirst();
  if (!row) return undefined;
  return { nominationId, year: row.year, title: row.title, releasedAt: row.released_at!, criteria: parseFeedbackCriteria(row.criteria), overall: row.overall };
}
