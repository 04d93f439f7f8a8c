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
    await extendDeadline(db, { cycleId: id, organisationId: org.id, newCloseAt: later, reason: "IT outage at the trust", actorUserId: null });
    const cycle = (await getCycle(db, id))!;
    expect(await deadlineFor(db, cycle, org.id)).toBe(later);
    expect(await deadlineFor(db, cycle, org.id + 1)).toBe(dates.nominations_close_at);
  });
});
