// Nominations: an organisation's entries in an award cycle, their drafts, submission and withdrawal.
// Every verb takes the organisation and enforces it in the query; the deadline is checked inside the
// same transaction as the write, so a late or stale save changes nothing.
import crypto from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { AwardCycle, CycleSection, Database, Nomination, NominationStatus } from "../../db/schema";
import { canonicalText, DRAFT_LIMIT_FACTOR, draftProblems, entryCopy, leadIdentityProblems, MAX_FIELD_CHARACTERS, submissionProblems, type EntryCopy, type NominationText, type SectionRule } from "~/domain/nomination-rules";
import { entrantActionProblem, type EntrantAction } from "~/domain/stages";
import { nominationReceiptMail } from "~/emails/nomination-emails.server";
import { recordAudit } from "./audit.server";
import { deadlineFor, getCycle, listSections } from "./cycles.server";
import { entrantEmails, requestEndorsements } from "./endorsements.server";
import { queueMail } from "./outbox.server";
import { param, preparedQuery, preparedTransaction } from "~/platform/prepared.server";
import { inTransaction } from "~/platform/sql.server";
import { jsonText } from "../../db/portable";
import { notFoundRefusal, type FieldRefusal, type NotFound, type Outcome, type Refusal } from "~/domain/outcome";

export type NominationSummary = Pick<Nomination, "id" | "reference" | "title" | "status" | "revision" | "submitted_at" | "updated_at"> & {
  updated_by_name: string | null;
};

export type NominationDetail = Nomination & { updated_by_name: string | null; answers: Record<number, string> };

/**
 * The nomination's written fields that are text columns of its own, by column name, which is also
 * the form's name of each field: the one list the task list, a part's page and a part's save read.
 * The two that are not text as stored follow in DraftFields: consent_to_publish (0/1) and
 * identifying_terms (a JSON array).
 */
export const NOMINATION_TEXT_COLUMNS = [
  "title",
  "employer_lead_name",
  "employer_lead_role",
  "employer_lead_email",
  "staff_lead_name",
  "staff_lead_role",
  "staff_lead_email",
  "unions",
] as const satisfies readonly (keyof Nomination)[];

export type NominationTextColumn = (typeof NOMINATION_TEXT_COLUMNS)[number];

/** Everything a save of the nomination's form writes, except the section answers. */
export type DraftFields = Pick<Nomination, NominationTextColumn> & { consent_to_publish: boolean; identifying_terms: string[] };

/** The nomination's fields as saved, as a save takes them (a part's save keeps those its page does not hold). */
export function draftFieldsOf(n: Pick<Nomination, NominationTextColumn | "consent_to_publish" | "identifying_terms">): DraftFields {
  const text = Object.fromEntries(NOMINATION_TEXT_COLUMNS.map((c) => [c, n[c]])) as Pick<Nomination, NominationTextColumn>;
  return { ...text, consent_to_publish: Boolean(n.consent_to_publish), identifying_terms: parseIdentifyingTerms(n.identifying_terms) };
}

/** The nomination's written text with its answers, as the task list and the entrant's copy read it. */
export function nominationText(n: NominationDetail): NominationText & { unions: string | null; consentToPublish: boolean; identifyingTerms: string[] } {
  const { consent_to_publish, identifying_terms, ...text } = draftFieldsOf(n);
  return { ...text, answers: n.answers, consentToPublish: consent_to_publish, identifyingTerms: identifying_terms };
}

export type { NotFound };

/** The cycle refuses the action now (the deadline has passed, say): the sentence, and the deadline. */
export type Closed = Refusal & { deadline: string | null };
/** A colleague saved after this page was opened: who, when, and at which revision. */
export type StaleSave = Refusal & { stale: { revision: number; updatedBy: string | null; updatedAt: string } };

const NO_NOMINATION = (): NotFound => notFoundRefusal("nomination");
const WITHDRAWN: Refusal = { ok: false, problem: "This nomination has been withdrawn" };

export async function listNominationsForOrganisation(
  db: Kysely<Database>,
  { organisationId, cycleId }: { organisationId: number; cycleId: number },
): Promise<NominationSummary[]> {
  return db
    .selectFrom("nominations")
    .leftJoin("users", "users.id", "nominations.updated_by")
    .select([
      "nominations.id",
      "nominations.reference",
      "nominations.title",
      "nominations.status",
      "nominations.revision",
      "nominations.submitted_at",
      "nominations.updated_at",
      "users.name as updated_by_name",
    ])
    .where("nominations.organisation_id", "=", organisationId)
    .where("nominations.cycle_id", "=", cycleId)
    .orderBy("nominations.id")
    .execute();
}

const nominationForOrganisationQuery = preparedQuery((db) =>
  db
    .selectFrom("nominations")
    .leftJoin("users", "users.id", "nominations.updated_by")
    .selectAll("nominations")
    .select("users.name as updated_by_name")
    .where("nominations.id", "=", param(0))
    .where("nominations.organisation_id", "=", param(1)),
);

const answersQuery = preparedQuery((db) => db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", param(0)));

/** One nomination with its answers, or undefined when there is none of that id for this organisation. */
export async function getNominationForOrganisation(
  db: Kysely<Database>,
  { id, organisationId, withAnswers = true }: { id: number; organisationId: number; withAnswers?: boolean },
): Promise<NominationDetail | undefined> {
  const [nomination] = (await nominationForOrganisationQuery(db, id, organisationId)).rows;
  if (!nomination) return undefined;
  if (!withAnswers) return { ...nomination, answers: {} };
  const { rows } = await answersQuery(db, id);
  return { ...nomination, answers: Object.fromEntries(rows.map((r) => [r.section_id, r.text])) };
}

/** The identifying terms as stored (a JSON array), tolerating anything else as none. */
export function parseIdentifyingTerms(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

async function cycleProblem(trx: Kysely<Database>, cycle: AwardCycle, organisationId: number, action: EntrantAction, now: Date): Promise<Closed | null> {
  const deadline = await deadlineFor(trx, cycle, organisationId);
  const problem = entrantActionProblem(action, cycle, now, deadline);
  return problem ? { ok: false, problem, deadline } : null;
}

function referenceFor(year: number, sequence: number): string {
  return `HPMA-${year}-${String(sequence).padStart(4, "0")}`;
}

/**
 * Starts a draft for the organisation. The start form carries a one-off key: a second post with the
 * same key (a double click, a resent form) returns the nomination the first one made, so it makes
 * one nomination, not two. The key is kept in the audit entry of the start, as nominations have no
 * column for it.
 */
export async function startNomination(
  db: Kysely<Database>,
  {
    cycleId,
    organisationId,
    userId,
    startKey = null,
    now = new Date(),
  }: { cycleId: number; organisationId: number; userId: number; startKey?: string | null; now?: Date },
): Promise<Outcome<{ id: number; reference: string }, Closed | NotFound>> {
  return inTransaction(db, async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    if (!cycle) return notFoundRefusal("award cycle");
    const closed = await cycleProblem(trx, cycle, organisationId, "start", now);
    if (closed) return closed;
    if (startKey) {
      const earlier = await trx
        .selectFrom("audit_log")
        .select("target")
        .where("action", "=", "nomination.started")
        .where("actor_user_id", "=", userId)
        .where(jsonText(trx, "details", "startKey"), "=", startKey)
        .executeTakeFirst();
      const earlierId = Number(earlier?.target?.split(":")[1]);
      if (earlierId) {
        const found = await trx.selectFrom("nominations").select(["id", "reference"]).where("id", "=", earlierId).where("organisation_id", "=", organisationId).executeTakeFirst();
        if (found) return { ok: true, ...found };
      }
    }
    const references = await trx.selectFrom("nominations").select("reference").where("cycle_id", "=", cycleId).execute();
    const highest = Math.max(0, ...references.map((r) => Number(/-(\d+)$/.exec(r.reference)?.[1] ?? 0)));
    const reference = referenceFor(cycle.year, highest + 1);
    const at = now.toISOString();
    const { id } = await trx
      .insertInto("nominations")
      .values({ cycle_id: cycleId, organisation_id: organisationId, reference, created_by: userId, updated_by: userId, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actorUserId: userId, action: "nomination.started", target: `nomination:${id}`, details: { reference, startKey } }, now);
    return { ok: true, id, reference };
  });
}

function textOf(nomination: Pick<Nomination, keyof Omit<NominationText, "answers">>, answers: Record<number, string>): NominationText {
  return {
    title: nomination.title,
    answers,
    employer_lead_name: nomination.employer_lead_name,
    employer_lead_role: nomination.employer_lead_role,
    employer_lead_email: nomination.employer_lead_email,
    staff_lead_name: nomination.staff_lead_name,
    staff_lead_role: nomination.staff_lead_role,
    staff_lead_email: nomination.staff_lead_email,
  };
}

export function contentHash(sections: readonly SectionRule[], text: NominationText): string {
  return crypto.createHash("sha256").update(canonicalText(sections, text)).digest("hex");
}

async function staleAnswer(trx: Kysely<Database>, id: number, organisationId: number): Promise<StaleSave | NotFound> {
  const current = await trx
    .selectFrom("nominations")
    .leftJoin("users", "users.id", "nominations.updated_by")
    .select(["nominations.revision", "nominations.updated_at", "users.name as updated_by_name"])
    .where("nominations.id", "=", id)
    .where("nominations.organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (!current) return NO_NOMINATION();
  return {
    ok: false,
    problem: "This nomination was saved by someone else after it was opened",
    stale: { revision: current.revision, updatedBy: current.updated_by_name, updatedAt: current.updated_at },
  };
}

/** A save: done, or refused as stale, closed, not found, withdrawn, or field by field (far too long; the leads' addresses). */
export type SaveDraftResult = Outcome<{ revision: number; savedAt: string; status: NominationStatus }, StaleSave | Closed | NotFound | FieldRefusal | Refusal>;

/**
 * What saveDraft reads before it writes, when the caller has just read it (the nomination page's
 * access check) in the same transaction: passing it saves reading it all twice on every autosave.
 * The nomination must be the one of that id and organisation.
 */
export type DraftSaveState = {
  nomination: Pick<Nomination, "id" | "organisation_id" | "cycle_id" | "status" | "submitted_hash">;
  cycle: AwardCycle;
  deadline: string | null;
  sections: CycleSection[];
};

const saveDraftQuery = preparedQuery((db) =>
  db
    .updateTable("nominations")
    .set({
      title: param(0),
      consent_to_publish: param(1),
      identifying_terms: param(2),
      employer_lead_name: param(3),
      employer_lead_role: param(4),
      employer_lead_email: param(5),
      staff_lead_name: param(6),
      staff_lead_role: param(7),
      staff_lead_email: param(8),
      unions: param(9),
      status: param(10),
      revision: sql<number>`revision + 1`,
      updated_by: param(11),
      updated_at: param(12),
    })
    .where("id", "=", param(13))
    .where("organisation_id", "=", param(14))
    .where("revision", "=", param(15)),
);

const saveAnswerQuery = preparedQuery((db) =>
  db
    .insertInto("nomination_answers")
    .values({ nomination_id: param(0), section_id: param(1), text: param(2) })
    .onConflict((oc) =>
      oc
        .columns(["nomination_id", "section_id"])
        .doUpdateSet((eb) => ({ text: eb.ref("excluded.text") }))
        // An unchanged answer (most of them, as people type in one section at a time) is not rewritten.
        .where((eb) => eb("nomination_answers.text", "is distinct from", eb.ref("excluded.text"))),
    ),
);

/** Whether an answer could be refused by draftProblems: a word needs a character and a space after it. */
function mightBeTooLong(section: SectionRule, text: string): boolean {
  if (text.length > MAX_FIELD_CHARACTERS) return true;
  return section.word_limit !== null && text.length > 2 * section.word_limit * DRAFT_LIMIT_FACTOR;
}

/**
 * Saves the whole form, conditional on the revision the editor started from: if a colleague saved
 * in between, nothing is written and the answer says who and when. A submitted nomination whose
 * endorsed text changes goes back to draft until it is submitted again.
 */
export async function saveDraft(
  db: Kysely<Database>,
  {
    id,
    organisationId,
    userId,
    expectedRevision,
    fields,
    answers,
    now = new Date(),
    state,
  }: {
    id: number;
    organisationId: number;
    userId: number;
    expectedRevision: number;
    fields: DraftFields;
    answers: Record<number, string>;
    now?: Date;
    /** Read by the caller in the transaction given as db (so it cannot have changed since). */
    state?: DraftSaveState;
  },
): Promise<SaveDraftResult> {
  if (state && (!db.isTransaction || state.nomination.id !== id || state.nomination.organisation_id !== organisationId)) {
    throw new Error("saveDraft's state must be read in the caller's transaction, for the same nomination");
  }
  return preparedTransaction(db, async (trx) => {
    let nomination: DraftSaveState["nomination"] | undefined = state?.nomination;
    let cycle = state?.cycle;
    if (!state) {
      nomination = await trx
        .selectFrom("nominations")
        .select(["id", "organisation_id", "cycle_id", "status", "submitted_hash"])
        .where("id", "=", id)
        .where("organisation_id", "=", organisationId)
        .executeTakeFirst();
      if (!nomination) return NO_NOMINATION();
      cycle = await getCycle(trx, nomination.cycle_id);
    }
    if (!nomination || !cycle) return NO_NOMINATION();
    const deadline = state ? state.deadline : await deadlineFor(trx, cycle, organisationId);
    const problem = entrantActionProblem("edit", cycle, now, deadline);
    if (problem) return { ok: false, problem, deadline };
    if (nomination.status === "withdrawn") return WITHDRAWN;

    const sections = state?.sections ?? (await listSections(trx, nomination.cycle_id));
    // Only this cycle's sections are kept; an answer for any other section id is ignored.
    const kept: Record<number, string> = {};
    for (const s of sections) kept[s.id] = answers[s.id] ?? "";
    // Words are counted only where a limit could be exceeded (3,000 words take a while to count).
    const tooLong = draftProblems(
      sections.filter((s) => mightBeTooLong(s, kept[s.id])),
      kept,
    );
    if (Object.keys(tooLong).length > 0) return { ok: false, problem: "Some answers are far too long", fields: tooLong };
    if (fields.employer_lead_email || fields.staff_lead_email) {
      const leads = leadIdentityProblems(fields, await entrantEmails(trx, { id, userId }));
      if (Object.keys(leads).length > 0) return { ok: false, problem: "The leads' email addresses need attention", fields: leads };
    }

    let status = nomination.status;
    if (status === "submitted" && contentHash(sections, textOf(fields, kept)) !== nomination.submitted_hash) status = "draft";
    const at = now.toISOString();
    const updated = await saveDraftQuery(
      trx,
      fields.title,
      fields.consent_to_publish ? 1 : 0,
      JSON.stringify(fields.identifying_terms),
      fields.employer_lead_name,
      fields.employer_lead_role,
      fields.employer_lead_email,
      fields.staff_lead_name,
      fields.staff_lead_role,
      fields.staff_lead_email,
      fields.unions,
      status,
      userId,
      at,
      id,
      organisationId,
      expectedRevision,
    );
    if (updated.changes === 0) return staleAnswer(trx, id, organisationId);

    // Autosave runs every few seconds for every entrant typing: one kept statement, run per answer.
    for (const s of sections) await saveAnswerQuery(trx, id, s.id, kept[s.id]);
    await recordAudit(
      trx,
      { actorUserId: userId, action: "nomination.saved", target: `nomination:${id}`, details: { revision: expectedRevision + 1, status } },
      now,
    );
    return { ok: true, revision: expectedRevision + 1, savedAt: at, status };
  });
}

/** A submission: done, or refused as incomplete (field by field), stale, closed, not found or withdrawn. */
export type SubmitResult = Outcome<
  { reference: string; submittedAt: string; alreadySubmitted: boolean; endorsementsRequested: boolean },
  FieldRefusal | StaleSave | Closed | NotFound | Refusal
>;

/**
 * Submits the nomination as it is saved. A second submission of the same text (a double click, or
 * a resubmission after an edit that was undone) changes nothing and keeps the endorsements; a
 * different text asks the leads to endorse it afresh (docs/decisions/010).
 */
export async function submitNomination(
  db: Kysely<Database>,
  {
    id,
    organisationId,
    userId,
    expectedRevision = null,
    now = new Date(),
  }: { id: number; organisationId: number; userId: number; expectedRevision?: number | null; now?: Date },
): Promise<SubmitResult> {
  const result = await inTransaction(db, async (trx: Transaction<Database>): Promise<SubmitResult> => {
    const nomination = await getNominationForOrganisation(trx, { id, organisationId });
    if (!nomination) return NO_NOMINATION();
    const cycle = await getCycle(trx, nomination.cycle_id);
    if (!cycle) return NO_NOMINATION();
    const closed = await cycleProblem(trx, cycle, organisationId, "submit", now);
    if (closed) return closed;
    if (nomination.status === "withdrawn") return WITHDRAWN;

    const sections = await listSections(trx, nomination.cycle_id);
    const text = textOf(nomination, nomination.answers);
    const problems = submissionProblems(sections, text, await entrantEmails(trx, { id, userId }));
    if (Object.keys(problems).length > 0) return { ok: false, problem: "This nomination is not finished", fields: problems };

    const hash = contentHash(sections, text);
    if (nomination.status === "submitted" && nomination.submitted_hash === hash && nomination.submitted_at) {
      return { ok: true, reference: nomination.reference, submittedAt: nomination.submitted_at, alreadySubmitted: true, endorsementsRequested: false };
    }
    // Changed since the entrant checked it (by a colleague, say): they check it again first.
    if (expectedRevision !== null && expectedRevision !== nomination.revision) return staleAnswer(trx, id, organisationId);
    const at = now.toISOString();
    const updated = await trx
      .updateTable("nominations")
      .set({ status: "submitted", submitted_at: at, submitted_hash: hash, revision: sql<number>`revision + 1`, updated_by: userId, updated_at: at })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .where("revision", "=", nomination.revision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new Error(`Nomination ${id} changed during its own submission`);
    const endorsementsRequested = nomination.submitted_hash !== hash;
    await recordAudit(
      trx,
      { actorUserId: userId, action: "nomination.submitted", target: `nomination:${id}`, details: { hash, endorsementsRequested } },
      now,
    );
    // In the same transaction: the leads' links and their e-mails exist exactly when the submission does.
    if (endorsementsRequested) await requestEndorsements(trx, id, now);
    await queueReceipt(trx, { nomination, sections, userId, organisationId, submittedAt: at }, now);
    return { ok: true, reference: nomination.reference, submittedAt: at, alreadySubmitted: false, endorsementsRequested };
  });
  return result;
}

/** The receipt of a submission, with a copy of the entry, to whoever submitted it. */
async function queueReceipt(
  trx: Kysely<Database>,
  { nomination, sections, userId, organisationId, submittedAt }: { nomination: NominationDetail; sections: readonly CycleSection[]; userId: number; organisationId: number; submittedAt: string },
  now: Date,
): Promise<void> {
  const submitter = await trx.selectFrom("users").select(["email", "name"]).where("id", "=", userId).executeTakeFirstOrThrow();
  const organisation = await trx.selectFrom("organisations").select("name").where("id", "=", organisationId).executeTakeFirstOrThrow();
  const entry = nominationEntry(nomination, sections);
  const receipt = { id: nomination.id, reference: nomination.reference, submittedAt, organisationName: organisation.name, ...entry };
  await queueMail(trx, nominationReceiptMail(submitter, receipt), now);
}

/**
 * Adds a word or phrase to the nomination's "names to hide from judges", from the preview of the
 * judges' copy. It changes what judges see, not the endorsed text, so a submitted nomination stays
 * submitted; the revision moves on so that a form open elsewhere cannot save over the new list.
 */
export async function addIdentifyingTerm(
  db: Kysely<Database>,
  { id, organisationId, userId, term, now = new Date() }: { id: number; organisationId: number; userId: number; term: string; now?: Date },
): Promise<Outcome<{ added: boolean }, Closed | NotFound | Refusal>> {
  return inTransaction(db, async (trx) => {
    const nomination = await trx
      .selectFrom("nominations")
      .select(["id", "cycle_id", "status", "identifying_terms"])
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();
    if (!nomination) return NO_NOMINATION();
    if (nomination.status === "withdrawn") return WITHDRAWN;
    const cycle = await getCycle(trx, nomination.cycle_id);
    if (!cycle) return NO_NOMINATION();
    const closed = await cycleProblem(trx, cycle, organisationId, "edit", now);
    if (closed) return closed;
    const terms = parseIdentifyingTerms(nomination.identifying_terms);
    if (terms.some((t) => t.toLocaleLowerCase("en-GB") === term.toLocaleLowerCase("en-GB"))) return { ok: true, added: false };
    const at = now.toISOString();
    await trx
      .updateTable("nominations")
      .set({ identifying_terms: JSON.stringify([...terms, term]), revision: sql<number>`revision + 1`, updated_by: userId, updated_at: at })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .execute();
    await recordAudit(trx, { actorUserId: userId, action: "nomination.identifying_term_added", target: `nomination:${id}`, details: { length: term.length } }, now);
    return { ok: true, added: true };
  });
}

/** Withdraws the nomination from the award, before the deadline; withdrawing twice is not an error. */
export async function withdrawNomination(
  db: Kysely<Database>,
  { id, organisationId, userId, now = new Date() }: { id: number; organisationId: number; userId: number; now?: Date },
): Promise<Outcome<object, Closed | NotFound>> {
  return inTransaction(db, async (trx) => {
    const nomination = await trx.selectFrom("nominations").select(["id", "cycle_id", "status"]).where("id", "=", id).where("organisation_id", "=", organisationId).executeTakeFirst();
    if (!nomination) return NO_NOMINATION();
    if (nomination.status === "withdrawn") return { ok: true };
    const cycle = await getCycle(trx, nomination.cycle_id);
    if (!cycle) return NO_NOMINATION();
    const closed = await cycleProblem(trx, cycle, organisationId, "withdraw", now);
    if (closed) return closed;
    const at = now.toISOString();
    await trx
      .updateTable("nominations")
      .set({ status: "withdrawn", withdrawn_at: at, revision: sql<number>`revision + 1`, updated_by: userId, updated_at: at })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .execute();
    await recordAudit(trx, { actorUserId: userId, action: "nomination.withdrawn", target: `nomination:${id}`, details: { from: nomination.status } }, now);
    return { ok: true };
  });
}

/** The entry as the entrant gave it, for the check page, the receipt and its e-mail. */
export function nominationEntry(n: NominationDetail, sections: readonly CycleSection[]): EntryCopy {
  return entryCopy(sections, nominationText(n));
}
