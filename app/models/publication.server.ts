// The announcement: case studies generated from the finalists' nominations (previewed and edited by
// the secretariat, every edit a version), and publication into the public archive at the announcement
// time, by itself. Publication is claimed by one conditional update inside the transaction that
// publishes, so two runners (the server's scheduler and cron, or two servers) publish once; a server
// that was down publishes at its next start, because the check is "due and not yet published". The
// result e-mails are queued in the transaction that publishes, so they exist exactly when it commits.
// No personal detail nobody agreed to is ever published: "publish now" refuses while one is
// undecided, and the scheduled publication, which must happen on time, removes them (decision 020).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ArchiveEntryFields } from "~/domain/archive";
import { announcedResults, announcementDue, moveAnnouncementProblem, publicationProblem, type CycleForAnnouncement } from "~/domain/announcement";
import { generateCaseStudy } from "~/domain/case-study";
import { caseStudyDetails, withoutUndecided, DETAIL_KIND_LABELS } from "~/domain/personal-data";
import { resultNoticeMail } from "~/emails/result-emails.server";
import { createArchiveEntry, getArchiveEntryById } from "./archive.server";
import { detailContext, leadConsents } from "./case-study-details.server";
import { recordAudit } from "./audit.server";
import { queueMail } from "./outbox.server";
import { finalistContacts, getDecisions } from "./finalists.server";
import { inTransaction } from "~/platform/sql.server";

async function generatedFields(db: Kysely<Database>, nominationId: number, result: ArchiveEntryFields["result"]): Promise<ArchiveEntryFields> {
  const n = await db
    .selectFrom("nominations")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .innerJoin("award_cycles", "award_cycles.id", "nominations.cycle_id")
    .select([
      "nominations.cycle_id",
      "nominations.title",
      "nominations.unions",
      "nominations.employer_lead_name",
      "nominations.employer_lead_role",
      "nominations.employer_lead_email",
      "nominations.staff_lead_name",
      "nominations.staff_lead_role",
      "nominations.staff_lead_email",
      "organisations.name",
      "organisations.type",
      "organisations.region",
      "award_cycles.year",
    ])
    .where("nominations.id", "=", nominationId)
    .executeTakeFirstOrThrow();
  const consents = await leadConsents(db, nominationId);
  const agreed = (side: "employer" | "staff_side") => consents.find((c) => c.side === side) ?? { agreedName: false, agreedEmail: false };
  const answers = await db
    .selectFrom("nomination_answers")
    .innerJoin("cycle_sections", "cycle_sections.id", "nomination_answers.section_id")
    .select(["cycle_sections.key", "nomination_answers.text"])
    .where("nomination_answers.nomination_id", "=", nominationId)
    .execute();
  return generateCaseStudy({
    year: n.year,
    result,
    organisation: { name: n.name, type: n.type, region: n.region },
    title: n.title,
    answers: Object.fromEntries(answers.map((a) => [a.key, a.text])),
    unions: n.unions,
    leads: [
      { name: n.employer_lead_name, role: n.employer_lead_role, email: n.employer_lead_email, agreedName: agreed("employer").agreedName, agreedEmail: agreed("employer").agreedEmail },
      { name: n.staff_lead_name, role: n.staff_lead_role, email: n.staff_lead_email, agreedName: agreed("staff_side").agreedName, agreedEmail: agreed("staff_side").agreedEmail },
    ],
  });
}

/** Without consent to publish, only the name, the initiative and the result go in the archive. */
function withoutCaseStudy(fields: ArchiveEntryFields): ArchiveEntryFields {
  return {
    ...fields,
    summary: null,
    about_organisation: null,
    challenge: null,
    partnership_work: null,
    outcomes: null,
    key_achievement: null,
    top_tips: null,
    further_information: null,
    source_note: `From the results of the ${fields.year} award. The entrant did not consent to publishing their entry as a case study.`,
  };
}

export type CaseStudyDraft = { nominationId: number; code: string; organisation: string; consent: boolean; fields: ArchiveEntryFields; version: number; updatedAt: string; archiveEntryId: number | null };

/** Makes a draft case study for every finalist that has none yet (edits made already are kept). */
export async function ensureCaseStudyDrafts(db: Kysely<Database>, { cycleId, now = new Date() }: { cycleId: number; now?: Date }): Promise<number> {
  return inTransaction(db, async (trx) => {
    const missing = await trx
      .selectFrom("shortlist")
      .innerJoin("nominations", "nominations.id", "shortlist.nomination_id")
      .leftJoin("case_study_drafts", "case_study_drafts.nomination_id", "shortlist.nomination_id")
      .select(["shortlist.nomination_id", "nominations.consent_to_publish"])
      .where("shortlist.cycle_id", "=", cycleId)
      .where("case_study_drafts.nomination_id", "is", null)
      .execute();
    const decisions = await getDecisions(trx, cycleId);
    const at = now.toISOString();
    for (const m of missing) {
      const result = decisions.find((d) => d.nominationId === m.nomination_id)?.result ?? "finalist";
      const generated = await generatedFields(trx, m.nomination_id, result);
      const fields = m.consent_to_publish ? generated : withoutCaseStudy(generated);
      await trx.insertInto("case_study_drafts").values({ nomination_id: m.nomination_id, cycle_id: cycleId, fields: JSON.stringify(fields), version: 1, archive_entry_id: null, updated_by: null, updated_at: at }).execute();
      await trx
        .insertInto("case_study_draft_versions")
        .values({ nomination_id: m.nomination_id, version: 1, snapshot: JSON.stringify(fields), changed_by: null, changed_at: at, note: "Generated from the nomination" })
        .execute();
    }
    return missing.length;
  });
}

export async function listCaseStudyDrafts(db: Kysely<Database>, cycleId: number): Promise<CaseStudyDraft[]> {
  const rows = await db
    .selectFrom("case_study_drafts")
    .innerJoin("nominations", "nominations.id", "case_study_drafts.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "case_study_drafts.nomination_id")
    .select([
      "case_study_drafts.nomination_id",
      "case_study_drafts.fields",
      "case_study_drafts.version",
      "case_study_drafts.updated_at",
      "case_study_drafts.archive_entry_id",
      "nominations.consent_to_publish",
      "organisations.name",
      "judging_entries.code",
    ])
    .where("case_study_drafts.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  return rows.map((r) => ({
    nominationId: r.nomination_id,
    code: r.code,
    organisation: r.name,
    consent: r.consent_to_publish === 1,
    fields: JSON.parse(r.fields) as ArchiveEntryFields,
    version: r.version,
    updatedAt: r.updated_at,
    archiveEntryId: r.archive_entry_id,
  }));
}

export async function listCaseStudyVersions(db: Kysely<Database>, nominationId: number) {
  return db
    .selectFrom("case_study_draft_versions")
    .leftJoin("users", "users.id", "case_study_draft_versions.changed_by")
    .select(["case_study_draft_versions.version", "case_study_draft_versions.changed_at", "case_study_draft_versions.note", "users.name as changed_by_name"])
    .where("case_study_draft_versions.nomination_id", "=", nominationId)
    .orderBy("case_study_draft_versions.version", "desc")
    .execute();
}

/** Saves the secretariat's edit of a draft case study as a new version (no change, no version). */
export async function updateCaseStudyDraft(
  db: Kysely<Database>,
  { nominationId, fields, expectedVersion, actorUserId, note, now = new Date() }: { nominationId: number; fields: ArchiveEntryFields; expectedVersion: number; actorUserId: number; note: string | null; now?: Date },
): Promise<{ ok: true; version: number; changed: boolean } | { ok: false; problem: string }> {
  return inTransaction(db, async (trx) => {
    const draft = await trx.selectFrom("case_study_drafts").selectAll().where("nomination_id", "=", nominationId).executeTakeFirst();
    if (!draft) return { ok: false, problem: "There is no case study for this entry" };
    if (draft.archive_entry_id !== null) return { ok: false, problem: "This case study has been published: edit it in the archive instead" };
    if (draft.version !== expectedVersion) return { ok: false, problem: "Someone else saved this case study after you opened it. Reload the page to see their version" };
    const consent = await trx.selectFrom("nominations").select("consent_to_publish").where("id", "=", nominationId).executeTakeFirstOrThrow();
    const sectionKeys = ["summary", "about_organisation", "challenge", "partnership_work", "outcomes", "key_achievement", "top_tips", "further_information"] as const;
    if (!consent.consent_to_publish && sectionKeys.some((k) => fields[k])) {
      return { ok: false, problem: "The entrant did not consent to publishing their entry as a case study: only the name, initiative and result can be published" };
    }
    // Year and result follow the cycle and the decisions, not the form.
    const current = JSON.parse(draft.fields) as ArchiveEntryFields;
    const next: ArchiveEntryFields = { ...fields, year: current.year, result: current.result };
    if (JSON.stringify(next) === draft.fields) return { ok: true, version: draft.version, changed: false };
    const version = draft.version + 1;
    const at = now.toISOString();
    await trx.updateTable("case_study_drafts").set({ fields: JSON.stringify(next), version, updated_by: actorUserId, updated_at: at }).where("nomination_id", "=", nominationId).execute();
    await trx.insertInto("case_study_draft_versions").values({ nomination_id: nominationId, version, snapshot: JSON.stringify(next), changed_by: actorUserId, changed_at: at, note }).execute();
    await recordAudit(trx, { actorUserId, action: "case_study.edited", target: `nomination:${nominationId}`, details: { version } }, now);
    return { ok: true, version, changed: true };
  });
}

export type Publication = { cycleId: number; year: number; published: { nominationId: number; result: string; archiveEntryId: number; path: string }[] };

type CycleRow = CycleForAnnouncement & { id: number; year: number; is_demo: number };

async function cycleForAnnouncement(db: Kysely<Database>, cycleId: number): Promise<CycleRow | undefined> {
  return db
    .selectFrom("award_cycles")
    .select(["id", "year", "stage", "announcement_at", "published_at", "shortlist_confirmed_at", "is_demo"])
    .where("id", "=", cycleId)
    .executeTakeFirst();
}

/**
 * Publishes a cycle's results, once: claims the cycle (published_at set only where it is still null),
 * writes every finalist's case study into the archive with its result, marks the year and moves the
 * cycle to announced, all in one transaction. Returns null when there was nothing to do (someone else
 * published it, or it cannot be published: the reason is logged and audited).
 */
export async function publishCycle(
  db: Kysely<Database>,
  {
    cycleId,
    actorUserId = null,
    now = new Date(),
    announceNow = false,
    undecided = "remove",
  }: {
    cycleId: number;
    actorUserId?: number | null;
    now?: Date;
    announceNow?: boolean;
    /** Personal details nobody agreed to: "refuse" to publish while there are any, or "remove" them (at the announcement time). */
    undecided?: "refuse" | "remove";
  },
): Promise<Publication | { problem: string } | null> {
  const outcome = await inTransaction(db, async (trx): Promise<Publication | { problem: string } | null> => {
    const cycle = await cycleForAnnouncement(trx, cycleId);
    if (!cycle || cycle.published_at !== null) return null;
    const shortlist = (await trx.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).orderBy("nomination_id").execute()).map((r) => r.nomination_id);
    const decisions = await getDecisions(trx, cycleId);
    const problem = publicationProblem(cycle, shortlist, decisions);
    if (problem) return { problem };
    await ensureCaseStudyDrafts(trx, { cycleId, now });
    const drafts = await listCaseStudyDrafts(trx, cycleId);
    const checked = await Promise.all(drafts.map(async (d) => ({ draft: d, context: await detailContext(trx, d.nominationId) })));
    if (undecided === "refuse") {
      const waiting = checked.filter(({ draft, context }) => caseStudyDetails(draft.fields, context).some((x) => x.status === "undecided"));
      if (waiting.length) {
        return {
          problem: `The case ${waiting.length === 1 ? "study" : "studies"} of ${waiting.map((w) => w.draft.organisation).join(", ")} still ${waiting.length === 1 ? "has" : "have"} personal details that nobody has agreed to publish. Keep or remove each one on the case study's page, then publish`,
        };
      }
    }
    const at = now.toISOString();
    // "Publish now" makes now the announcement time, in the same transaction as the publication.
    const claimed = await trx
      .updateTable("award_cycles")
      .set({ published_at: at, stage: "announced", updated_at: at, ...(announceNow ? { announcement_at: at } : {}) })
      .where("id", "=", cycleId)
      .where("published_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return null;
    // Whatever personal detail is still undecided at the announcement time is removed, not published.
    for (const { draft, context } of checked) {
      const stripped = withoutUndecided(draft.fields, context);
      if (stripped.removed.length === 0) continue;
      draft.fields = stripped.fields;
      draft.version += 1;
      await trx.updateTable("case_study_drafts").set({ fields: JSON.stringify(draft.fields), version: draft.version, updated_by: null, updated_at: at }).where("nomination_id", "=", draft.nominationId).execute();
      await trx
        .insertInto("case_study_draft_versions")
        .values({ nomination_id: draft.nominationId, version: draft.version, snapshot: JSON.stringify(draft.fields), changed_by: null, changed_at: at, note: "Personal details nobody had agreed to publish were removed at the announcement" })
        .execute();
      await recordAudit(trx, { actorUserId, action: "case_study.personal_details_removed_at_publication", target: `nomination:${draft.nominationId}`, details: { kinds: stripped.removed.map((r) => DETAIL_KIND_LABELS[r.kind]) } }, now);
    }
    const published: Publication["published"] = [];
    // Winner first, then highly commended, then finalists: the order they appear in the archive's year.
    const order = { winner: 0, highly_commended: 1, finalist: 2 } as const;
    const results = announcedResults(shortlist, decisions).sort((a, b) => order[a.result] - order[b.result] || a.nominationId - b.nominationId);
    for (const r of results) {
      const draft = drafts.find((d) => d.nominationId === r.nominationId);
      if (!draft) continue;
      const fields: ArchiveEntryFields = { ...draft.fields, result: r.result };
      const entry = await createArchiveEntry(trx, { fields, origin: "cycle", isDemo: cycle.is_demo === 1, actorUserId, publishedAt: now, note: `Published at the announcement of the ${cycle.year} award` });
      await trx.updateTable("case_study_drafts").set({ archive_entry_id: entry.id }).where("nomination_id", "=", r.nominationId).execute();
      published.push({ nominationId: r.nominationId, result: r.result, archiveEntryId: entry.id, path: `/winners/${cycle.year}/${entry.slug}` });
    }
    await trx
      .updateTable("award_years")
      .set({ ceremony_date: cycle.announcement_at ? cycle.announcement_at.slice(0, 10) : at.slice(0, 10), updated_at: at })
      .where("year", "=", cycle.year)
      .where("ceremony_date", "is", null)
      .execute();
    await recordAudit(trx, { actorUserId, action: "cycle.published", target: `cycle:${cycleId}`, details: { year: cycle.year, published: published.map((p) => ({ nominationId: p.nominationId, result: p.result, archiveEntryId: p.archiveEntryId })) } }, now);
    const publication = { cycleId, year: cycle.year, published };
    await queueResultEmails(trx, publication, now);
    return publication;
  });
  return outcome;
}

/**
 * The result e-mails, queued in the publishing transaction: one per finalist contact, keyed so that
 * it can exist only once whatever runs again. A cycle already marked (the seeded demo past cycle, whose
 * results were announced long ago) gets none.
 */
async function queueResultEmails(trx: Kysely<Database>, publication: Publication, now: Date): Promise<void> {
  const claimed = await trx
    .updateTable("award_cycles")
    .set({ result_emails_claimed_at: now.toISOString() })
    .where("id", "=", publication.cycleId)
    .where("result_emails_claimed_at", "is", null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return;
  for (const p of publication.published) {
    const entry = await getArchiveEntryById(trx, p.archiveEntryId);
    if (!entry) continue;
    const hasCaseStudy = entry.challenge !== null || entry.outcomes !== null;
    for (const to of await finalistContacts(trx, p.nominationId)) {
      const notice = { year: publication.year, organisation: entry.organisation_name, title: entry.title ?? "", result: p.result as "winner" | "highly_commended" | "finalist", caseStudyPath: hasCaseStudy ? p.path : null };
      await queueMail(trx, { ...resultNoticeMail(to, notice), once: `result:${publication.cycleId}:${p.nominationId}:${to.email.toLowerCase()}` });
    }
  }
}

/** Every cycle whose announcement is due and not yet published, published now (the scheduler's job). */
export async function publishDueAnnouncements(db: Kysely<Database>, now: Date = new Date()): Promise<(Publication | { cycleId: number; problem: string })[]> {
  const candidates = await db
    .selectFrom("award_cycles")
    .select(["id", "year", "stage", "announcement_at", "published_at", "shortlist_confirmed_at"])
    .where("published_at", "is", null)
    .where("announcement_at", "<=", now.toISOString())
    .where("stage", "in", ["shortlisting", "final"])
    .execute();
  const done: (Publication | { cycleId: number; problem: string })[] = [];
  for (const cycle of candidates) {
    if (!announcementDue(cycle, now)) continue;
    const outcome = await publishCycle(db, { cycleId: cycle.id, now });
    if (outcome && "problem" in outcome) done.push({ cycleId: cycle.id, problem: outcome.problem });
    else if (outcome) done.push(outcome);
  }
  return done;
}

/** Publishes now, at the secretariat's word: the announcement time becomes now. */
export async function publishNow(db: Kysely<Database>, { cycleId, actorUserId, now = new Date() }: { cycleId: number; actorUserId: number; now?: Date }): Promise<Publication | { problem: string }> {
  const cycle = await cycleForAnnouncement(db, cycleId);
  if (!cycle) return { problem: "There is no such cycle" };
  if (cycle.published_at) return { problem: "The results have already been published" };
  const shortlist = (await db.selectFrom("shortlist").select("nomination_id").where("cycle_id", "=", cycleId).execute()).map((r) => r.nomination_id);
  const problem = publicationProblem(cycle, shortlist, await getDecisions(db, cycleId));
  if (problem) return { problem };
  return (await publishCycle(db, { cycleId, actorUserId, now, announceNow: true, undecided: "refuse" })) ?? { problem: "The results have already been published" };
}

/** Moves the announcement to another future time, while it is still ahead. */
export async function moveAnnouncement(
  db: Kysely<Database>,
  { cycleId, to, actorUserId, now = new Date() }: { cycleId: number; to: string; actorUserId: number; now?: Date },
): Promise<{ ok: true } | { ok: false; problem: string }> {
  return inTransaction(db, async (trx) => {
    const cycle = await cycleForAnnouncement(trx, cycleId);
    if (!cycle) return { ok: false, problem: "There is no such cycle" };
    const problem = moveAnnouncementProblem(cycle, to, now);
    if (problem) return { ok: false, problem };
    await trx.updateTable("award_cycles").set({ announcement_at: to, updated_at: now.toISOString() }).where("id", "=", cycleId).execute();
    await recordAudit(trx, { actorUserId, action: "cycle.announcement_moved", target: `cycle:${cycleId}`, details: { from: cycle.announcement_at, to } }, now);
    return { ok: true };
  });
}
