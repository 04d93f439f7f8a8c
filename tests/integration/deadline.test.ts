// The nominations deadline is the server's, in UK time: at 16:59:59 on the closing day a nomination
// can still be saved and submitted; at 17:00:00 it cannot, and the answer says when the deadline was.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ukToUtc } from "~/domain/uk-time";
import { createCycle, extendDeadline, listSections } from "~/models/cycles.server";
import { saveDraft, startNomination, submitNomination, type DraftFields } from "~/models/nominations.server";
import type { DB } from "../../app/platform/db.server";
import { freshDatabase } from "../helpers/database";

let db: DB;
let cycleId: number;
let organisationId: number;
let userId: number;
const close = ukToUtc("2027-05-13", "17:00"); // in BST: 16:00 UTC
const at = (date: string, time: string, seconds = 0) => new Date(Date.parse(ukToUtc(date, time)) + seconds * 1000);

const fields: DraftFields = {
  title: "Rotas agreed in partnership",
  consent_to_publish: true,
  identifying_terms: [],
  employer_lead_name: "Dana Whitfield",
  employer_lead_role: "Director of People",
  employer_lead_email: "dana@example.nhs.uk",
  staff_lead_name: "Ravi Menon",
  staff_lead_role: "Branch secretary",
  staff_lead_email: "ravi@example.nhs.uk",
  unions: "UNISON",
};

beforeEach(async () => {
  db = freshDatabase().db;
  const now = new Date().toISOString();
  organisationId = (await db.insertInto("organisations").values({ name: "Deadline Trust", short_name: null, slug: "deadline-trust", type: "acute", region: null, ods_code: null, created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow()).id;
  userId = (await db.insertInto("users").values({ email: "e@example.org", email_normalised: "e@example.org", name: "E", created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow()).id;
  cycleId = await createCycle(
    db,
    {
      year: 2027,
      dates: { nominations_open_at: ukToUtc("2026-11-01", "09:00"), nominations_close_at: close, judging_open_at: null, judging_close_at: null, shortlist_at: null, final_judging_at: null, announcement_at: null },
    },
    null,
  );
  await db.updateTable("award_cycles").set({ stage: "open" }).where("id", "=", cycleId).execute();
});
afterEach(async () => db.destroy());

async function completeDraft(now: Date) {
  const started = await startNomination(db, { cycleId, organisationId, userId, now });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const answers: Record<number, string> = {};
  for (const s of await listSections(db, cycleId)) answers[s.id] = `Our ${s.key}, done with staff side.`;
  const saved = await saveDraft(db, { id: started.id, organisationId, userId, expectedRevision: 1, fields, answers, now });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return started.id;
}

describe("the nominations deadline in UK time", () => {
  it("accepts a submission at 16:59:59 on the closing day", async () => {
    const id = await completeDraft(at("2027-05-13", "16:00"));
    const result = await submitNomination(db, { id, organisationId, userId, now: at("2027-05-13", "16:59", 59) });
    expect(result.ok).toBe(true);
  });

  it("refuses a save and a submission at 17:00:00, saying when the deadline was", async () => {
    const id = await completeDraft(at("2027-05-13", "16:00"));
    const late = at("2027-05-13", "17:00");
    const save = await saveDraft(db, { id, organisationId, userId, expectedRevision: 2, fields: { ...fields, title: "Changed" }, answers: {}, now: late });
    expect(save).toMatchObject({ ok: false, problem: expect.any(String), deadline: close });
    const submit = await submitNomination(db, { id, organisationId, userId, now: late });
    expect(submit).toMatchObject({ ok: false, deadline: close });
    expect((await db.selectFrom("nominations").select(["status", "title"]).where("id", "=", id).executeTakeFirstOrThrow())).toEqual({ status: "draft", title: fields.title });
  });

  it("follows an extension for the one organisation it was given to", async () => {
    const id = await completeDraft(at("2027-05-13", "16:00"));
    await extendDeadline(db, { cycleId, organisationId, newCloseAt: ukToUtc("2027-05-14", "12:00"), reason: "Server outage at the trust", actorUserId: null });
    expect((await submitNomination(db, { id, organisationId, userId, now: at("2027-05-14", "11:59", 59) })).ok).toBe(true);
  });
});
