// Endorsement, the mark of partnership: the employer lead and the staff-side lead each confirm (or
// decline, with a reason) the text as submitted, from a one-time link and without an account.
// An endorsement is for one text: it carries the nomination's submitted_hash, and counts only while
// that is still the nomination's hash (docs/decisions/ on resubmission).
import type { Kysely } from "kysely";
import type { Database, Endorsement, EndorsementSide } from "../../db/schema";
import { getCycle, deadlineFor, listSections } from "./cycles.server";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import { mailboxKey } from "~/domain/nomination-rules";
import { generateToken, hashToken } from "~/platform/crypto.server";
import { endorsementAnsweredMail, endorsementRequestMail, type EndorsedNomination } from "~/emails/endorsement-emails.server";
import { queueMail } from "./outbox.server";
import type { Outcome, Refusal } from "~/domain/outcome";

export const ENDORSEMENT_SIDES: readonly EndorsementSide[] = ["employer", "staff_side"];

export type Status = "none" | "pending" | "confirmed" | "declined" | "accepted_by_admin";
export type EndorsementSummary = { employer: Status; staff_side: Status; complete: boolean };

export type EndorsementProblem = "unknown" | "used" | "superseded" | "deadline-passed" | "entrant";

/** Why a lead's link is refused: the sentence, and the link's state, whose page says what to do next. */
export type EndorsementLinkRefusal = Refusal & { link: EndorsementProblem };

const LINK_SENTENCES: Record<EndorsementProblem, string> = {
  unknown: "This link is not valid",
  used: "This link has already been used",
  superseded: "This link is no longer valid",
  entrant: "You cannot confirm a nomination you entered",
  "deadline-passed": "The deadline for this nomination has passed",
};

function linkRefusal(link: EndorsementProblem): EndorsementLinkRefusal {
  return { ok: false, problem: LINK_SENTENCES[link], link };
}

/** Who is using a link, when they are signed in to the service. */
export type SignedInCaller = { id: number; email: string } | null;

type Recipient = { email: string; name: string };

const COUNTS: readonly Status[] = ["confirmed", "accepted_by_admin"];

async function nominationContext(db: Kysely<Database>, nominationId: number) {
  const nomination = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .leftJoin("users", "users.id", "nominations.created_by")
    .selectAll("nominations")
    .select(["organisations.name as organisation_name", "users.name as creator_name", "users.email as creator_email", "users.active as creator_active"])
    .where("nominations.id", "=", nominationId)
    .executeTakeFirst();
  if (!nomination) return undefined;
  const cycle = await getCycle(db, nomination.cycle_id);
  const deadline = cycle ? await deadlineFor(db, cycle, nomination.organisation_id) : null;
  return { nomination, cycle, deadline };
}

/**
 * The addresses of the nomination's entrants (decision 019): the accounts that started it and last
 * saved it, and the one acting now. The leads may be none of them.
 */
export async function entrantEmails(db: Kysely<Database>, { id, userId }: { id: number; userId: number | null }): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("email")
    .where((eb) =>
      eb.or([
        eb("id", "=", userId ?? -1),
        eb("id", "in", eb.selectFrom("nominations").select("created_by").where("id", "=", id)),
        eb("id", "in", eb.selectFrom("nominations").select("updated_by").where("id", "=", id)),
      ]),
    )
    .execute();
  return rows.map((r) => r.email);
}

function described(n: { organisation_name: string; title: string; reference: string }, deadline: string | null): EndorsedNomination {
  return { organisation: n.organisation_name, title: n.title, reference: n.reference, deadline };
}

function lead(n: { employer_lead_name: string | null; employer_lead_email: string | null; staff_lead_name: string | null; staff_lead_email: string | null }, side: EndorsementSide): Recipient | null {
  const name = side === "employer" ? n.employer_lead_name : n.staff_lead_name;
  const email = side === "employer" ? n.employer_lead_email : n.staff_lead_email;
  return name && email ? { name, email } : null;
}

/**
 * Asks both leads to endorse the nomination as submitted. A side that has already confirmed (or been
 * accepted by an admin) for this same text keeps its endorsement; any pending link is superseded by a
 * new one. Each link's e-mail is queued with it, in the same transaction (or the caller's).
 */
export async function requestEndorsements(db: Kysely<Database>, nominationId: number, now: Date = new Date()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const context = await nominationContext(trx, nominationId);
    if (!context) throw new Error(`There is no nomination ${nominationId}`);
    const { nomination } = context;
    const hash = nomination.submitted_hash;
    if (!hash) throw new Error(`Nomination ${nominationId} has not been submitted`);
    const existing = await trx.selectFrom("endorsements").selectAll().where("nomination_id", "=", nominationId).execute();
    const sent: EndorsementSide[] = [];
    for (const side of ENDORSEMENT_SIDES) {
      const mine = existing.filter((e) => e.side === side);
      if (mine.some((e) => e.content_hash === hash && COUNTS.includes(e.status as Status))) continue;
      const to = lead(nomination, side);
      await trx
        .updateTable("endorsements")
        .set({ status: "superseded" })
        .where("nomination_id", "=", nominationId)
        .where("side", "=", side)
        .where("status", "=", "pending")
        .execute();
      if (!to) continue;
      const token = generateToken();
      await trx
        .insertInto("endorsements")
        .values({ nomination_id: nominationId, side, name: to.name, email: to.email, token_hash: hashToken(token), content_hash: hash, sent_at: now.toISOString() })
        .execute();
      await queueMail(trx, endorsementRequestMail(to, { side, nomination: described(nomination, context.deadline), token, enteredBy: nomination.creator_name }));
      sent.push(side);
    }
    await recordAudit(trx, { actorUserId: nomination.updated_by, action: "endorsement.requested", target: `nomination:${nominationId}`, details: { sides: sent } }, now);
  });
}

/** The endorsement that counts for each side: the newest one for the text as submitted now. */
function currentBySide(rows: Endorsement[], hash: string | null): Record<EndorsementSide, Endorsement | undefined> {
  const current = rows.filter((e) => hash !== null && e.content_hash === hash && e.status !== "superseded").sort((a, b) => b.id - a.id);
  return { employer: current.find((e) => e.side === "employer"), staff_side: current.find((e) => e.side === "staff_side") };
}

/**
 * Where each side stands for the text as submitted now. Complete when both sides have confirmed
 * (or an admin accepted other evidence) before the organisation's deadline, extensions included.
 */
export async function endorsementSummary(db: Kysely<Database>, nominationId: number): Promise<EndorsementSummary> {
  const context = await nominationContext(db, nominationId);
  if (!context) return { employer: "none", staff_side: "none", complete: false };
  const rows = await db.selectFrom("endorsements").selectAll().where("nomination_id", "=", nominationId).execute();
  const current = currentBySide(rows, context.nomination.submitted_hash);
  const status = (e: Endorsement | undefined): Status => (e ? (e.status as Status) : "none");
  const inTime = (e: Endorsement | undefined) =>
    !!e && COUNTS.includes(e.status as Status) && !!e.responded_at && (context.deadline === null || e.responded_at < context.deadline);
  return {
    employer: status(current.employer),
    staff_side: status(current.staff_side),
    complete: context.nomination.status === "submitted" && inTime(current.employer) && inTime(current.staff_side),
  };
}

/** The endorsements for the text as submitted now, newest first: for the entrant's and admin's screens. */
export async function listCurrentEndorsements(db: Kysely<Database>, nominationId: number): Promise<Endorsement[]> {
  const nomination = await db.selectFrom("nominations").select("submitted_hash").where("id", "=", nominationId).executeTakeFirst();
  if (!nomination?.submitted_hash) return [];
  return db
    .selectFrom("endorsements")
    .selectAll()
    .where("nomination_id", "=", nominationId)
    .where("content_hash", "=", nomination.submitted_hash)
    .where("status", "!=", "superseded")
    .orderBy("id", "desc")
    .execute();
}

/** A lead's link may be sent again this many times an hour (decision 019): enough for a lost e-mail, not a flood. */
export const MAX_RESENDS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/** Sent again; or refused: nothing waiting, the deadline passed, or too many sends this hour (until retryAt). */
export type ResendResult = Outcome<object, Refusal | (Refusal & { retryAt: string })>;

const NOTHING_PENDING: Refusal = { ok: false, problem: "There is no endorsement waiting for a reply to send again" };

/**
 * Sends the lead a new link for the pending endorsement of one side; the old link stops working.
 * At most MAX_RESENDS_PER_HOUR times in any hour for each lead; beyond that, when it can be sent again.
 */
export async function resendEndorsement(
  db: Kysely<Database>,
  { nominationId, side, now = new Date(), actorUserId = null }: { nominationId: number; side: EndorsementSide; now?: Date; actorUserId?: number | null },
): Promise<ResendResult> {
  const context = await nominationContext(db, nominationId);
  if (!context?.nomination.submitted_hash || context.nomination.status !== "submitted") return NOTHING_PENDING;
  if (context.deadline !== null && now.toISOString() >= context.deadline) return { ok: false, problem: "The deadline has passed, so links can no longer be sent" };
  const token = generateToken();
  const pending = await inTransaction(db, async (trx) => {
    const recent = await trx
      .selectFrom("endorsement_resends")
      .select("sent_at")
      .where("nomination_id", "=", nominationId)
      .where("side", "=", side)
      .where("sent_at", ">", new Date(now.getTime() - HOUR_MS).toISOString())
      .orderBy("sent_at", "desc")
      .limit(MAX_RESENDS_PER_HOUR)
      .execute();
    if (recent.length >= MAX_RESENDS_PER_HOUR) {
      // The oldest of the last few leaves the hour first.
      return { tooMany: new Date(new Date(recent[recent.length - 1].sent_at).getTime() + HOUR_MS).toISOString() };
    }
    const row = await trx
      .updateTable("endorsements")
      .set({ token_hash: hashToken(token), sent_at: now.toISOString() })
      .where("nomination_id", "=", nominationId)
      .where("side", "=", side)
      .where("status", "=", "pending")
      .where("content_hash", "=", context.nomination.submitted_hash!)
      .returning(["id", "name", "email"])
      .executeTakeFirst();
    if (!row) return undefined;
    await trx.insertInto("endorsement_resends").values({ nomination_id: nominationId, side, sent_at: now.toISOString() }).execute();
    await recordAudit(trx, { actorUserId, action: "endorsement.resent", target: `nomination:${nominationId}`, details: { side } }, now);
    await queueMail(
      trx,
      endorsementRequestMail({ name: row.name, email: row.email }, { side, nomination: described(context.nomination, context.deadline), token, enteredBy: context.nomination.creator_name }),
    );
    return row;
  });
  if (pending && "tooMany" in pending) return { ok: false, problem: "This link has been sent again too many times in the last hour", retryAt: pending.tooMany };
  if (!pending) return NOTHING_PENDING;
  return { ok: true };
}

/** What the person holding a link sees before answering: the nomination as submitted, read-only. */
export type EndorsementView = {
  side: EndorsementSide;
  name: string;
  organisation: string;
  title: string;
  reference: string;
  deadline: string | null;
  leads: { side: EndorsementSide; name: string | null; role: string | null }[];
  unions: string | null;
  answers: { title: string; text: string }[];
};

/** Checks a link without using it: the page a lead opens, or why it cannot be used. */
export async function viewEndorsement(
  db: Kysely<Database>,
  { token, caller = null, now = new Date() }: { token: string; caller?: SignedInCaller; now?: Date },
): Promise<Outcome<{ view: EndorsementView }, EndorsementLinkRefusal>> {
  const row = await db.selectFrom("endorsements").selectAll().where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!row) return linkRefusal("unknown");
  const context = await nominationContext(db, row.nomination_id);
  if (!context) return linkRefusal("unknown");
  const problem = linkProblem(row, context, now) ?? (await entrantProblem(db, row, caller));
  if (problem) return linkRefusal(problem);
  const { nomination } = context;
  const sections = await listSections(db, nomination.cycle_id);
  const answers = await db.selectFrom("nomination_answers").select(["section_id", "text"]).where("nomination_id", "=", nomination.id).execute();
  const textOf = new Map(answers.map((a) => [a.section_id, a.text]));
  return {
    ok: true,
    view: {
      side: row.side,
      name: row.name,
      organisation: nomination.organisation_name,
      title: nomination.title,
      reference: nomination.reference,
      deadline: context.deadline,
      leads: [
        { side: "employer", name: nomination.employer_lead_name, role: nomination.employer_lead_role },
        { side: "staff_side", name: nomination.staff_lead_name, role: nomination.staff_lead_role },
      ],
      unions: nomination.unions,
      answers: sections.map((s) => ({ title: s.title, text: textOf.get(s.id) ?? "" })),
    },
  };
}

type Context = NonNullable<Awaited<ReturnType<typeof nominationContext>>>;

/**
 * An entrant cannot endorse their own nomination (decision 019): not with a link sent to their own
 * address (a nomination submitted before the rule), nor signed in as one of its entrants.
 */
async function entrantProblem(db: Kysely<Database>, row: Endorsement, caller: SignedInCaller): Promise<EndorsementProblem | null> {
  const entrants = new Set((await entrantEmails(db, { id: row.nomination_id, userId: null })).map(mailboxKey));
  if (entrants.has(mailboxKey(row.email))) return "entrant";
  if (caller && entrants.has(mailboxKey(caller.email))) return "entrant";
  return null;
}

function linkProblem(row: Endorsement, context: Context, now: Date): EndorsementProblem | null {
  if (row.status === "confirmed" || row.status === "declined" || row.status === "accepted_by_admin") return "used";
  if (row.status === "superseded") return "superseded";
  const { nomination } = context;
  if (nomination.status !== "submitted" || nomination.submitted_hash !== row.content_hash) return "superseded";
  if (context.deadline !== null && now.toISOString() >= context.deadline) return "deadline-passed";
  return null;
}

/**
 * A lead's answer from their link. One conditional UPDATE uses the link, so it works once even when
 * two requests race; the deadline is the organisation's own (extensions included), an instant set
 * in UK time and compared as UTC.
 */
export async function respondToEndorsement(
  db: Kysely<Database>,
  {
    token,
    decision,
    reason,
    publish = { name: false, email: false },
    caller = null,
    now = new Date(),
  }: {
    token: string;
    decision: "confirm" | "decline";
    reason: string | null;
    /** What the lead agreed may be published about them if the entry becomes a case study (decision 020). */
    publish?: { name: boolean; email: boolean };
    caller?: SignedInCaller;
    now?: Date;
  },
): Promise<Outcome<{ status: "confirmed" | "declined" }, EndorsementLinkRefusal>> {
  const tokenHash = hashToken(token);
  const row = await db.selectFrom("endorsements").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  if (!row) return linkRefusal("unknown");
  const context = await nominationContext(db, row.nomination_id);
  if (!context) return linkRefusal("unknown");
  const problem = linkProblem(row, context, now) ?? (await entrantProblem(db, row, caller));
  if (problem) return linkRefusal(problem);
  if (decision === "decline" && !reason?.trim()) throw new Error("Declining needs a reason");

  const status = decision === "confirm" ? "confirmed" : "declined";
  const used = await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("endorsements")
      .set({
        status,
        reason: decision === "decline" ? reason!.trim() : null,
        responded_at: now.toISOString(),
        publish_name: decision === "confirm" && publish.name ? 1 : 0,
        publish_email: decision === "confirm" && publish.email ? 1 : 0,
      })
      .where("id", "=", row.id)
      .where("token_hash", "=", tokenHash)
      .where("status", "=", "pending")
      .where("content_hash", "=", (eb) => eb.selectFrom("nominations").select("submitted_hash").where("id", "=", row.nomination_id).where("status", "=", "submitted"))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await recordAudit(
      trx,
      { actorUserId: null, action: `endorsement.${status}`, target: `nomination:${row.nomination_id}`, details: { side: row.side, name: row.name, publishName: decision === "confirm" && publish.name, publishEmail: decision === "confirm" && publish.email } },
      now,
    );
    const { nomination } = context;
    if (nomination.creator_email && nomination.creator_name && nomination.creator_active) {
      const to = { email: nomination.creator_email, name: nomination.creator_name };
      await queueMail(trx, endorsementAnsweredMail(to, { side: row.side, lead: row.name, decision: status, reason: status === "declined" ? reason : null, nomination: described(nomination, context.deadline) }));
    }
    return true;
  });
  if (!used) {
    const again = await db.selectFrom("endorsements").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
    return linkRefusal(linkProblem(again, context, now) ?? "superseded");
  }
  return { ok: true, status };
}

/**
 * An admin accepts one side's endorsement on other evidence (a signed letter, say), with a reason.
 * It replaces a pending link (which stops working) or stands beside a decline, for the text as
 * submitted now.
 */
export async function acceptEndorsementByAdmin(
  db: Kysely<Database>,
  { nominationId, side, reason, adminUserId, now = new Date() }: { nominationId: number; side: EndorsementSide; reason: string; adminUserId: number; now?: Date },
): Promise<Outcome> {
  if (!reason.trim()) throw new Error("Accepting an endorsement needs a reason");
  return inTransaction(db, async (trx) => {
    const nomination = await trx.selectFrom("nominations").selectAll().where("id", "=", nominationId).executeTakeFirst();
    if (!nomination || nomination.status !== "submitted" || !nomination.submitted_hash) return { ok: false, problem: "Only a submitted nomination's endorsement can be accepted" };
    const rows = await trx.selectFrom("endorsements").selectAll().where("nomination_id", "=", nominationId).execute();
    const current = currentBySide(rows, nomination.submitted_hash)[side];
    if (current && COUNTS.includes(current.status as Status)) return { ok: false, problem: "That side has already endorsed the nomination as submitted" };
    const decided = { status: "accepted_by_admin" as const, reason: reason.trim(), responded_at: now.toISOString(), decided_by: adminUserId };
    if (current?.status === "pending") {
      // A new random hash: the lead's link stops working once an admin has decided.
      await trx.updateTable("endorsements").set({ ...decided, token_hash: hashToken(generateToken()) }).where("id", "=", current.id).execute();
    } else {
      const leadNow = lead(nomination, side);
      await trx
        .insertInto("endorsements")
        .values({
          nomination_id: nominationId,
          side,
          name: leadNow?.name ?? current?.name ?? "",
          email: leadNow?.email ?? current?.email ?? "",
          token_hash: hashToken(generateToken()),
          content_hash: nomination.submitted_hash,
          sent_at: now.toISOString(),
          ...decided,
        })
        .execute();
    }
    await recordAudit(trx, { actorUserId: adminUserId, action: "endorsement.accepted_by_admin", target: `nomination:${nominationId}`, details: { side, reason: reason.trim() } }, now);
    return { ok: true } as const;
  });
}
