import { afterEach, describe, expect, it } from "vitest";
import { createCycle, deadlineFor, extendDeadline, getCycle, listCriteria, listSections, moveCycleStage } from "~/models/cycles.server";
import { ukToUtc } from "~/domain/uk-time";
import type { DB } from "../../app/platform/db.server";
import { freshDatabase } from "../helpers/database";

let db: DB;
afterEach(async () => db?.destroy());

const dates = {
  nominations_open_at: ukToUtc("2027-01-10", "09:00"),
  nominations_close_at: ukToUtc("2027-05-13", "17:00"),
  judging_open_at: ukToUtc("2027-05-20", "09:00"),
  judging_close_at: ukToUtc("2027-06-30", "17:00"),
  shortlist_at: null,
  final_judging_at: null,
  announcement_at: ukToUtc("2027-11-12", "19:00"),
};

describe("award cycles", () => {
  it("start in draft with the 2025 criteria and the entry form, evidence tied to each criterion", async () => {
    db = freshDatabase().db;
    const id = await createCycle(db, { year: 2027, dates }, null);
    expect((await getCycle(db, id))?.stage).toBe("draft");
    const criteria = await listCriteria(db, id);
    expect(criteria.map((c) => c.title)).toEqual([
      "Genuine partnership from the outset",
      "Measurable and sustainable impact for the benefit of staff",
      "Lessons learned, and whether it can be scaled up or replicated",
    ]);
    const sections = await listSections(db, id);
    expect(sections.map((s) => s.key)).toEqual(["summary", "evidence_1", "evidence_2", "evidence_3", "partners", "outcomes", "learning", "top_tips"]);
    expect(sections.filter((s) => s.criterion_id !== null).map((s) => s.criterion_id)).toEqual(criteria.map((c) => c.id));
  });

  it("can copy last year's criteria and form", async () => {
    db = freshDatabase().db;
    const last = await createCycle(db, { year: 2026, dates }, null);
    const copy = await createCycle(db, { year: 2027, dates, copyFromCycleId: last }, null);
    expect((await listCriteria(db, copy)).map((c) => c.title)).toEqual((await listCriteria(db, last)).map((c) => c.title));
    const sections = await listSections(db, copy);
    const criteria = await listCriteria(db, copy);
    expect(sections.find((s) => s.key === "evidence_2")?.criterion_id).toBe(criteria[1].id);
  });

  it("move stage by stage only as the rules allow, and record each move", async () => {
    db = freshDatabase().db;
    const id = await createCycle(db, { year: 2027, dates }, null);
    const jan = new Date("2027-01-05T12:00:00Z");
    expect(await moveCycleStage(db, { cycleId: id, to: "judging", now: jan, actorUserId: null })).toMatchObject({ ok: false });
    expect(await moveCycleStage(db, { cycleId: id, to: "open", now: jan, actorUserId: null })).toEqual({ ok: true });
    expect(await moveCycleStage(db, { cycleId: id, to: "closed", now: jan, actorUserId: null })).toMatchObject({ ok: false, problem: expect.stringContaining("cannot close") });
    const actions = await db.selectFrom("audit_log").select("action").where("action", "=", "cycle.stage_changed").execute();
    expect(actions).toHaveLength(1);
  });

  it("extend the deadline for one organisation only", async () => {
    db = freshDatabase().db;
    const id = await createCycle(db, { year: 2027, dates }, null);
    const org = await db
      .insertInto("organisations")
      .values({ name: "Extended Trust", short_name: null, slug: "extended-trust", type: "acute", region: null, ods_code: null, created_at: "x", updated_at: "x" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const later = ukToUtc("2027-05-20", "17:00");
    await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", id).execute();
    expect(await extendDeadline(db, { cycleId: id, organisationId: org.id, newCloseAt: later, reason: "IT outage at the trust", actorUserId: null })).toMatchObject({ ok: true, emailed: null });
    const cycle = (await getCycle(db, id))!;
    expect(await deadlineFor(db, cycle, org.id)).toBe(later);
    expect(await deadlineFor(db, cycle, org.id + 1)).toBe(dates.nominations_close_at);
  });

  it("extend the deadline only while nominations are open or just closed, and never to an earlier time", async () => {
    db = freshDatabase().db;
    const id = await createCycle(db, { year: 2027, dates }, null);
    const extend = (newCloseAt: string) => extendDeadline(db, { cycleId: id, organisationId: null, newCloseAt, reason: "Outage", actorUserId: null, now: new Date("2027-05-01T12:00:00Z") });
    expect(await extend(ukToUtc("2027-05-20", "17:00"))).toEqual({ ok: false, field: "new_close", problem: "Deadlines can be extended only while nominations are open or have just closed" });
    await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", id).execute();
    expect(await extend(ukToUtc("2027-05-12", "17:00"))).toMatchObject({ ok: false, field: "new_close", problem: expect.stringContaining("must be later than the current one") });
    expect(await db.selectFrom("deadline_extensions").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "cycle.deadline_extended").execute()).toEqual([]);
  });

  it("extend the deadline for everyone in one transaction: the extension, its audit row and the entrants' e-mails, or none of them", async () => {
    db = freshDatabase().db;
    const id = await createCycle(db, { year: 2027, dates }, null);
    await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", id).execute();
    const now = new Date().toISOString();
    const org = await db.insertInto("organisations").values({ name: "Drafting Trust", short_name: null, slug: "drafting-trust", type: "acute", region: null, ods_code: null, created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
    const user = await db.insertInto("users").values({ email: "lead@drafting.example", email_normalised: "lead@drafting.example", name: "Lead", created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("memberships").values({ user_id: user.id, organisation_id: org.id, status: "approved", created_at: now }).execute();
    await db.insertInto("nominations").values({ cycle_id: id, organisation_id: org.id, reference: "HPMA-2027-X1", title: "Draft", created_at: now, updated_at: now }).execute();
    const later = ukToUtc("2027-05-20", "17:00");

    // A failure after the insert (here, the outbox table is gone) leaves nothing behind.
    await db.schema.alterTable("mail_outbox").renameTo("mail_outbox_away").execute();
    await expect(extendDeadline(db, { cycleId: id, organisationId: null, newCloseAt: later, reason: "Bank holiday", actorUserId: null })).rejects.toThrow();
    expect(await db.selectFrom("deadline_extensions").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "cycle.deadline_extended").execute()).toEqual([]);
    await db.schema.alterTable("mail_outbox_away").renameTo("mail_outbox").execute();

    expect(await extendDeadline(db, { cycleId: id, organisationId: null, newCloseAt: later, reason: "Bank holiday", actorUserId: null })).toMatchObject({ ok: true, emailed: 1 });
    expect(await db.selectFrom("deadline_extensions").select(["organisation_id", "reason"]).execute()).toEqual([{ organisation_id: null, reason: "Bank holiday" }]);
    expect(await db.selectFrom("audit_log").select("action").where("action", "=", "cycle.deadline_extended").execute()).toHaveLength(1);
    const mail = await db.selectFrom("mail_outbox").select(["recipient", "body"]).execute();
    expect(mail).toEqual([{ recipient: "lead@drafting.example", body: expect.stringContaining("5pm on Thursday 20 May 2027") }]);
  });
});
