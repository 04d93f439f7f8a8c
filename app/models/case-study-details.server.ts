// The personal details in a finalist's case study before publication: what each lead agreed may be
// published about them (from their endorsement), the other people the redaction review named, the
// details the secretariat decided to keep, and the secretariat's two verbs, keep and remove.
import type { Kysely } from "kysely";
import type { Database, EndorsementSide, PersonalDetailKind } from "../../db/schema";
import type { ArchiveEntryFields } from "~/domain/archive";
import { caseStudyDetails, removeDetails, type CaseStudyDetail, type DetailContext, type LeadConsent } from "~/domain/personal-data";
import { recordAudit } from "./audit.server";
import { inTransaction } from "~/platform/sql.server";
import type { Outcome } from "~/domain/outcome";

/**
 * Each lead as publication sees them: the names they go by (the nomination's and their endorsement's),
 * their e-mail, and what they agreed on the endorsement that counts (the newest for the text as
 * submitted). No answer is no agreement.
 */
export async function leadConsents(db: Kysely<Database>, nominationId: number): Promise<LeadConsent[]> {
  const n = await db
    .selectFrom("nominations")
    .select(["employer_lead_name", "employer_lead_email", "staff_lead_name", "staff_lead_email", "submitted_hash"])
    .where("id", "=", nominationId)
    .executeTakeFirst();
  if (!n) return [];
  const endorsements = n.submitted_hash
    ? await db
        .selectFrom("endorsements")
        .select(["side", "name", "email", "publish_name", "publish_email"])
        .where("nomination_id", "=", nominationId)
        .where("content_hash", "=", n.submitted_hash)
        .where("status", "in", ["confirmed", "accepted_by_admin"])
        .orderBy("id", "desc")
        .execute()
    : [];
  const lead = (side: EndorsementSide, name: string | null, email: string | null): LeadConsent => {
    const e = endorsements.find((x) => x.side === side);
    const names = [name, e?.name].filter((x): x is string => !!x && x.trim().length > 1).map((x) => x.trim());
    return { side, names: [...new Set(names)], email: email ?? e?.email ?? null, agreedName: e?.publish_name === 1, agreedEmail: e?.publish_email === 1 };
  };
  return [lead("employer", n.employer_lead_name, n.employer_lead_email), lead("staff_side", n.staff_lead_name, n.staff_lead_email)];
}

export async function detailContext(db: Kysely<Database>, nominationId: number): Promise<DetailContext> {
  const [leads, people, kept] = await Promise.all([
    leadConsents(db, nominationId),
    db.selectFrom("redaction_terms").select("text").where("nomination_id", "=", nominationId).where("kind", "=", "person").execute(),
    db.selectFrom("case_study_kept_details").select(["kind", "value"]).where("nomination_id", "=", nominationId).execute(),
  ]);
  return { leads, otherPeople: people.map((p) => p.text), kept };
}

/** The personal details in a draft, each with whether it may be published. */
export async function draftDetails(db: Kysely<Database>, { nominationId, fields }: { nominationId: number; fields: ArchiveEntryFields }): Promise<CaseStudyDetail[]> {
  return caseStudyDetails(fields, await detailContext(db, nominationId));
}

type DetailChoice = { nominationId: number; kind: PersonalDetailKind; value: string; actorUserId: number; now?: Date };

async function unpublishedDraft(
  db: Kysely<Database>,
  nominationId: number,
): Promise<{ problem: string } | { draft: { version: number }; fields: ArchiveEntryFields }> {
  const draft = await db.selectFrom("case_study_drafts").select(["version", "fields", "archive_entry_id"]).where("nomination_id", "=", nominationId).executeTakeFirst();
  if (!draft) return { problem: "There is no case study for this entry" };
  if (draft.archive_entry_id !== null) return { problem: "This case study has been published: edit it in the archive instead" };
  return { draft, fields: JSON.parse(draft.fields) as ArchiveEntryFields };
}

/** The secretariat keeps a detail nobody agreed to (it is not personal, or agreement was given another way). */
export async function keepCaseStudyDetail(db: Kysely<Database>, { nominationId, kind, value, actorUserId, now = new Date() }: DetailChoice): Promise<Outcome> {
  return inTransaction(db, async (trx) => {
    const found = await unpublishedDraft(trx, nominationId);
    if ("problem" in found) return { ok: false, problem: found.problem };
    const details = caseStudyDetails(found.fields, await detailContext(trx, nominationId));
    if (!details.some((d) => d.kind === kind && d.value === value)) return { ok: false, problem: "That detail is no longer in the case study. Reload the page" };
    await trx.insertInto("case_study_kept_details").values({ nomination_id: nominationId, kind, value, kept_by: actorUserId, kept_at: now.toISOString() }).onConflict((oc) => oc.doNothing()).execute();
    // The audit says what kind of detail, never the detail itself: the log is kept for good.
    await recordAudit(trx, { actorUserId, action: "case_study.personal_detail_kept", target: `nomination:${nominationId}`, details: { kind } }, now);
    return { ok: true };
  });
}

/** The secretariat removes a detail: every occurrence becomes "[removed]", saved as a new version. */
export async function removeCaseStudyDetail(db: Kysely<Database>, { nominationId, kind, value, actorUserId, now = new Date() }: DetailChoice): Promise<Outcome<{ version: number }>> {
  return inTransaction(db, async (trx) => {
    const found = await unpublishedDraft(trx, nominationId);
    if ("problem" in found) return { ok: false, problem: found.problem };
    const context = await detailContext(trx, nominationId);
    if (!caseStudyDetails(found.fields, context).some((d) => d.kind === kind && d.value === value)) return { ok: false, problem: "That detail is no longer in the case study. Reload the page" };
    const next = removeDetails(found.fields, context, (d) => d.kind === kind && d.value === value);
    const version = found.draft.version + 1;
    const at = now.toISOString();
    await trx.updateTable("case_study_drafts").set({ fields: JSON.stringify(next), version, updated_by: actorUserId, updated_at: at }).where("nomination_id", "=", nominationId).execute();
    await trx.insertInto("case_study_draft_versions").values({ nomination_id: nominationId, version, snapshot: JSON.stringify(next), changed_by: actorUserId, changed_at: at, note: "Removed a personal detail" }).execute();
    await trx.deleteFrom("case_study_kept_details").where("nomination_id", "=", nominationId).where("kind", "=", kind).where("value", "=", value).execute();
    await recordAudit(trx, { actorUserId, action: "case_study.personal_detail_removed", target: `nomination:${nominationId}`, details: { kind, version } }, now);
    return { ok: true, version };
  });
}
