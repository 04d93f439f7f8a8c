// Award cycles: their dates, criteria and entry-form sections, stage changes, and deadline
// extensions. Whether a change is allowed is decided by app/domain/stages.ts.
import type { Kysely } from "kysely";
import type { AwardCycle, CycleCriterion, CycleSection, CycleStage, Database } from "../../db/schema";
import { DEFAULT_CRITERIA, DEFAULT_SECTIONS } from "~/domain/cycle-defaults";
import type { Descriptor } from "~/domain/criteria";
import { closeNowProblem, effectiveDeadline, transitionProblem, type DeadlineExtension } from "~/domain/stages";
import { recordAudit } from "./audit.server";
import { formatUkDeadline } from "~/domain/uk-time";
import { deadlineExtendedMail, nominationsClosedEarlyMail } from "~/emails/cycle-emails.server";
import { entrantsWithDrafts, organisationsLeftOut } from "./admin-nominations.server";
import { queueMail } from "./outbox.server";
import { fingerprint } from "~/platform/crypto.server";
import { inTransaction } from "~/platform/sql.server";
import { preparedQuery } from "~/platform/prepared.server";
import type { Outcome, Refusal } from "~/domain/outcome";

export type CycleDatesInput = Pick<
  AwardCycle,
  "nominations_open_at" | "nominations_close_at" | "judging_open_at" | "judging_close_at" | "shortlist_at" | "final_judging_at" | "announcement_at"
>;

export async function listCycles(db: Kysely<Database>): Promise<AwardCycle[]> {
  return db.selectFrom("award_cycles").selectAll().orderBy("year", "desc").execute();
}

export async function getCycle(db: Kysely<Database>, id: number): Promise<AwardCycle | undefined> {
  return db.selectFrom("award_cycles").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getCycleByYear(db: Kysely<Database>, year: number): Promise<AwardCycle | undefined> {
  return db.selectFrom("award_cycles").selectAll().where("year", "=", year).executeTakeFirst();
}

/** The cycle entrants work in now: the newest one that has opened and is not yet archived. */
export async function currentCycle(db: Kysely<Database>): Promise<AwardCycle | undefined> {
  return (await currentCycleQuery(db)).rows[0];
}
// Every judge's request asks (requireJudge), each score save included: a kept statement on appDb().
const currentCycleQuery = preparedQuery((db) => db.selectFrom("award_cycles").selectAll().where("stage", "not in", ["draft", "archived"]).orderBy("year", "desc").limit(1));

/** A cycle's criteria for a round: the first round's, or the final round's own (when it has them). */
export async function listCriteria(db: Kysely<Database>, cycleId: number, round: "first" | "final" = "first"): Promise<CycleCriterion[]> {
  return db.selectFrom("cycle_criteria").selectAll().where("cycle_id", "=", cycleId).where("round", "=", round).orderBy("position").execute();
}

export async function listSections(db: Kysely<Database>, cycleId: number): Promise<CycleSection[]> {
  return db.selectFrom("cycle_sections").selectAll().where("cycle_id", "=", cycleId).orderBy("position").execute();
}

export async function listExtensions(db: Kysely<Database>, cycleId: number) {
  return db
    .selectFrom("deadline_extensions")
    .leftJoin("organisations", "organisations.id", "deadline_extensions.organisation_id")
    .selectAll("deadline_extensions")
    .select("organisations.name as organisation_name")
    .where("deadline_extensions.cycle_id", "=", cycleId)
    .orderBy("deadline_extensions.created_at")
    .execute();
}

/** The deadline for one organisation in a cycle, extensions included. */
export async function deadlineFor(db: Kysely<Database>, cycle: AwardCycle, organisationId: number | null): Promise<string | null> {
  const extensions: DeadlineExtension[] = await db
    .selectFrom("deadline_extensions")
    .select(["organisation_id", "new_close_at"])
    .where("cycle_id", "=", cycle.id)
    .execute();
  return effectiveDeadline(cycle, extensions, organisationId);
}

type CriterionRow = Omit<CycleCriterion, "id" | "cycle_id" | "round">;
type SectionRow = Omit<CycleSection, "id" | "cycle_id" | "criterion_id"> & { criterion_index: number | null };

async function writeForm(trx: Kysely<Database>, cycleId: number, criteria: CriterionRow[], sections: SectionRow[]) {
  const criterionIds: number[] = [];
  for (const c of criteria) {
    const { id } = await trx.insertInto("cycle_criteria").values({ ...c, cycle_id: cycleId }).returning("id").executeTakeFirstOrThrow();
    criterionIds.push(id);
  }
  for (const { criterion_index, ...s } of sections) {
    await trx
      .insertInto("cycle_sections")
      .values({ ...s, cycle_id: cycleId, criterion_id: criterion_index === null ? null : criterionIds[criterion_index] })
      .execute();
  }
}

/**
 * Creates a cycle in draft, with the default criteria and form, or a copy of another cycle's
 * criteria and form (last year's, say) with its dates moved on by the difference in years.
 */
export async function createCycle(
  db: Kysely<Database>,
  { year, dates, copyFromCycleId = null, isDemo = false }: { year: number; dates: CycleDatesInput; copyFromCycleId?: number | null; isDemo?: boolean },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto("award_cycles")
      .values({ year, stage: "draft", ...dates, is_demo: isDemo ? 1 : 0, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (copyFromCycleId !== null) {
      const criteria = await listCriteria(trx, copyFromCycleId);
      const sections = await listSections(trx, copyFromCycleId);
      await writeForm(
        trx,
        id,
        criteria.map(({ id: _i, cycle_id: _c, round: _r, ...c }) => c),
        sections.map(({ id: _i, cycle_id: _c, criterion_id, ...s }) => ({ ...s, criterion_index: criterion_id === null ? null : criteria.findIndex((c) => c.id === criterion_id) })),
      );
    } else {
      await writeForm(
        trx,
        id,
        DEFAULT_CRITERIA.map((c, position) => ({ ...c, position, descriptors: JSON.stringify(c.descriptors) })),
        DEFAULT_SECTIONS.map((s, position) => ({ ...s, position })),
      );
    }
    await recordAudit(trx, { actorUserId, action: "cycle.created", target: `cycle:${id}`, details: { year, copyFromCycleId } });
    return id;
  });
}

// What each edit form on the cycle's page was opened at (a hidden field): a save from a page opened
// before someone else's save of the same thing is refused, not written over theirs.
const DATE_KEYS = ["nominations_open_at", "nominations_close_at", "judging_open_at", "judging_close_at", "shortlist_at", "final_judging_at", "announcement_at"] as const;
export const cycleDatesOpened = (cycle: CycleDatesInput): string => fingerprint(DATE_KEYS.map((k) => cycle[k]));
export const criterionOpened = (c: Pick<CycleCriterion, "title" | "guidance" | "weight" | "scale_min" | "scale_max" | "descriptors">): string =>
  fingerprint([c.title, c.guidance, c.weight, c.scale_min, c.scale_max, c.descriptors]);
export const sectionOpened = (s: Pick<CycleSection, "title" | "guidance" | "word_limit">): string => fingerprint([s.title, s.guidance, s.word_limit]);

/** An edit: saved, refused as made from a page opened before another save, or of nothing of that id. */
export type EditResult = "saved" | "stale" | "not found";

/** Saves the cycle's dates; "stale" (nothing written) when `opened` is given and the stored dates have changed since. */
export async function updateCycleDates(db: Kysely<Database>, cycleId: number, dates: CycleDatesInput, actorUserId: number, opened?: string): Promise<EditResult> {
  return inTransaction(db, async (trx) => {
    if (opened !== undefined) {
      const stored = await trx.selectFrom("award_cycles").select(DATE_KEYS).where("id", "=", cycleId).executeTakeFirst();
      if (!stored) return "not found";
      if (cycleDatesOpened(stored) !== opened) return "stale";
    }
    await trx.updateTable("award_cycles").set({ ...dates, updated_at: new Date().toISOString() }).where("id", "=", cycleId).execute();
    await recordAudit(trx, { actorUserId, action: "cycle.dates_changed", target: `cycle:${cycleId}`, details: { ...dates } });
    return "saved";
  });
}

/** Moves a cycle to another stage if the stage rules allow it now; returns why not otherwise. */
export async function moveCycleStage(
  db: Kysely<Database>,
  { cycleId, to, now = new Date(), actorUserId }: { cycleId: number; to: CycleStage; now?: Date; actorUserId: number | null },
): Promise<Outcome> {
  return inTransaction(db, async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    if (!cycle) return { ok: false, problem: "There is no such award cycle" };
    const extensions = await trx.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", cycleId).execute();
    const problem = transitionProblem(cycle, to, now, extensions);
    if (problem) return { ok: false, problem };
    // Conditional on the stage read above, so two admins moving it at once cannot skip a stage.
    const moved = await trx
      .updateTable("award_cycles")
      .set({ stage: to, updated_at: now.toISOString() })
      .where("id", "=", cycleId)
      .where("stage", "=", cycle.stage)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) return { ok: false, problem: "The cycle was changed by someone else; check it and try again" };
    await recordAudit(trx, { actorUserId, action: "cycle.stage_changed", target: `cycle:${cycleId}`, details: { from: cycle.stage, to } }, now);
    return { ok: true };
  });
}

/**
 * Closes nominations now, ahead of the deadline, in one transaction: the closing time becomes now and
 * the cycle moves to closed (conditional on it still being open, so two presses close it once), with
 * one audit row that keeps the deadline it replaced, and an e-mail queued to each approved member of
 * every organisation whose drafts or unendorsed nominations will not go forward (`emailed`: how many
 * organisations). Refused with the rule's reason otherwise.
 */
export async function closeNominationsNow(
  db: Kysely<Database>,
  { cycleId, now = new Date(), actorUserId }: { cycleId: number; now?: Date; actorUserId: number },
): Promise<{ ok: true; emailed: number } | { ok: false; problem: string }> {
  return inTransaction(db, async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    if (!cycle) return { ok: false, problem: "There is no such award cycle" };
    const extensions = await trx.selectFrom("deadline_extensions").select(["organisation_id", "new_close_at"]).where("cycle_id", "=", cycleId).execute();
    const problem = closeNowProblem(cycle, now, extensions);
    if (problem) return { ok: false, problem };
    const closedAt = now.toISOString();
    const closed = await trx
      .updateTable("award_cycles")
      .set({ stage: "closed", nominations_close_at: closedAt, updated_at: closedAt })
      .where("id", "=", cycleId)
      .where("stage", "=", "open")
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0) return { ok: false, problem: "The cycle was changed by someone else; check it and try again" };
    await recordAudit(trx, { actorUserId, action: "cycle.nominations_closed_now", target: `cycle:${cycleId}`, details: { closedAt, deadlineWas: cycle.nominations_close_at } }, now);
    const leftOut = (await organisationsLeftOut(trx, cycleId, { closeAt: closedAt })).filter((o) => o.members.length > 0);
    for (const o of leftOut) {
      for (const m of o.members) {
        await queueMail(trx, nominationsClosedEarlyMail({ ...m, organisation: o.organisation }, { year: cycle.year, closedAt, drafts: o.drafts, unendorsed: o.unendorsed }), now);
      }
    }
    return { ok: true, emailed: leftOut.length };
  });
}

/** Deadlines move only while entrants could still be working: nominations open, or just closed. */
export const EXTENDABLE_STAGES: readonly CycleStage[] = ["open", "closed"];

export type ExtendDeadlineOutcome =
  | { ok: true; id: number; emailed: number | null }
  | (Refusal & { field: "new_close" | "organisation" });

/**
 * Extends the deadline for one organisation, or for everyone (organisationId null), in one
 * transaction: the checks, the extension, its audit row and, when it is for everyone, an e-mail to
 * each entrant with a draft nomination, queued in the outbox so that it is sent only once the
 * extension has committed. `emailed` is how many were told (null for one organisation's extension).
 */
export async function extendDeadline(
  db: Kysely<Database>,
  {
    cycleId,
    organisationId,
    newCloseAt,
    reason,
    actorUserId,
    now = new Date(),
  }: { cycleId: number; organisationId: number | null; newCloseAt: string; reason: string; actorUserId: number | null; now?: Date },
): Promise<ExtendDeadlineOutcome> {
  return inTransaction(db, async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    if (!cycle) return { ok: false, problem: "There is no such award cycle", field: "new_close" };
    if (!EXTENDABLE_STAGES.includes(cycle.stage)) {
      return { ok: false, problem: "Deadlines can be extended only while nominations are open or have just closed", field: "new_close" };
    }
    if (organisationId !== null && !(await trx.selectFrom("organisations").select("id").where("id", "=", organisationId).executeTakeFirst())) {
      return { ok: false, problem: "Select who the extension is for", field: "organisation" };
    }
    const current = await deadlineFor(trx, cycle, organisationId);
    if (current && newCloseAt <= current) {
      return { ok: false, problem: `The new deadline must be later than the current one, ${formatUkDeadline(current)}`, field: "new_close" };
    }
    if (newCloseAt <= now.toISOString()) return { ok: false, problem: "The new deadline must be in the future", field: "new_close" };
    const { id } = await trx
      .insertInto("deadline_extensions")
      .values({ cycle_id: cycleId, organisation_id: organisationId, new_close_at: newCloseAt, reason, created_by: actorUserId, created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actorUserId, action: "cycle.deadline_extended", target: `cycle:${cycleId}`, details: { organisationId, newCloseAt, reason } }, now);
    if (organisationId !== null) return { ok: true, id, emailed: null };
    const entrants = await entrantsWithDrafts(trx, cycleId);
    for (const to of entrants) await queueMail(trx, deadlineExtendedMail(to, { year: cycle.year, newCloseAt, reason }));
    return { ok: true, id, emailed: entrants.length };
  });
}

/**
 * Changes one criterion's title, guidance for entrants and weight, while the cycle is in draft (the
 * caller checks criteriaEditable). Returns false when the criterion is not the cycle's.
 */
export async function updateCriterion(
  db: Kysely<Database>,
  {
    cycleId,
    criterionId,
    title,
    guidance,
    weight,
    scaleMin,
    scaleMax,
    descriptors,
    opened,
  }: { cycleId: number; criterionId: number; title: string; guidance: string; weight: number; scaleMin: number; scaleMax: number; descriptors: Descriptor[]; opened?: string },
  actorUserId: number,
): Promise<EditResult> {
  return inTransaction(db, async (trx) => {
    if (opened !== undefined) {
      const stored = await trx.selectFrom("cycle_criteria").selectAll().where("id", "=", criterionId).where("cycle_id", "=", cycleId).executeTakeFirst();
      if (!stored) return "not found";
      if (criterionOpened(stored) !== opened) return "stale";
    }
    const updated = await trx
      .updateTable("cycle_criteria")
      .set({ title, guidance, weight, scale_min: scaleMin, scale_max: scaleMax, descriptors: JSON.stringify(descriptors) })
      .where("id", "=", criterionId)
      .where("cycle_id", "=", cycleId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return "not found";
    await recordAudit(trx, { actorUserId, action: "cycle.criterion_changed", target: `cycle:${cycleId}`, details: { criterionId, title, guidance, weight, scaleMin, scaleMax, descriptors } });
    return "saved";
  });
}

/**
 * Whether the final round is scored on the first round's criteria ("same") or its own ("own"). The
 * first time a cycle chooses its own, they start as a copy of the first round's, to be edited.
 */
export async function setFinalCriteria(db: Kysely<Database>, { cycleId, mode }: { cycleId: number; mode: "same" | "own" }, actorUserId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable("award_cycles").set({ final_criteria: mode, updated_at: new Date().toISOString() }).where("id", "=", cycleId).execute();
    if (mode === "own" && (await listCriteria(trx, cycleId, "final")).length === 0) {
      const first = await listCriteria(trx, cycleId, "first");
      if (first.length) await trx.insertInto("cycle_criteria").values(first.map(({ id: _id, ...c }) => ({ ...c, round: "final" as const }))).execute();
    }
    await recordAudit(trx, { actorUserId, action: "cycle.final_criteria_chosen", target: `cycle:${cycleId}`, details: { mode } });
  });
}

/** Which round a criterion belongs to, or undefined when it is not the cycle's. */
export async function criterionRound(db: Kysely<Database>, { cycleId, criterionId }: { cycleId: number; criterionId: number }): Promise<"first" | "final" | undefined> {
  return (await db.selectFrom("cycle_criteria").select("round").where("id", "=", criterionId).where("cycle_id", "=", cycleId).executeTakeFirst())?.round;
}

/** Changes one entry-form section's title, guidance and word limit (null: none), while in draft. */
export async function updateSection(
  db: Kysely<Database>,
  { cycleId, sectionId, title, guidance, wordLimit, opened }: { cycleId: number; sectionId: number; title: string; guidance: string; wordLimit: number | null; opened?: string },
  actorUserId: number,
): Promise<EditResult> {
  return inTransaction(db, async (trx) => {
    if (opened !== undefined) {
      const stored = await trx.selectFrom("cycle_sections").selectAll().where("id", "=", sectionId).where("cycle_id", "=", cycleId).executeTakeFirst();
      if (!stored) return "not found";
      if (sectionOpened(stored) !== opened) return "stale";
    }
    const updated = await trx
      .updateTable("cycle_sections")
      .set({ title, guidance, word_limit: wordLimit })
      .where("id", "=", sectionId)
      .where("cycle_id", "=", cycleId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return "not found";
    await recordAudit(trx, { actorUserId, action: "cycle.section_changed", target: `cycle:${cycleId}`, details: { sectionId, title, guidance, wordLimit } });
    return "saved";
  });
}
