// Over HTTP against the real server with the demo cycle in judging (issue 10): every CSV download
// neutralises a cell a spreadsheet would run as a formula (one writer, app/domain/csv.ts), and a save
// of a score sheet not yet started, sent with a revision other than 0, is a clear 409, not a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "~/domain/archive-import";
import { roundResults, resultsCsv } from "~/models/results.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let admin: string;
let cycleId: number;
beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  admin = await app.sessionFor("admin@demo.test");
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
});
afterAll(async () => app.close());

const HOSTILE = ["\t=HYPERLINK(\"http://evil.example\")", "\r=1+1", "=cmd|' /c calc'!A1", "@SUM(A1)", "+1", "-1+2", "\n=1"];

/** The cells of a CSV download, after checking it parses. */
function cells(text: string): string[][] {
  const { records, problems } = parseCsv(text);
  expect(problems).toEqual([]);
  return records.map((r) => r.cells);
}
const startsAFormula = (cell: string) => /^[=+\-@\t\r\n]/.test(cell);

describe("CSV downloads", () => {
  it("scores.csv: a judge's comment and a criterion's title that start like a formula are neutralised", async () => {
    const [sheet] = await app.db
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .select("score_sheets.id")
      .where("judging_assignments.cycle_id", "=", cycleId)
      .where("score_sheets.status", "=", "submitted")
      .execute();
    expect(sheet).toBeDefined();
    await app.db.updateTable("score_sheets").set({ overall_comment: HOSTILE[0] }).where("id", "=", sheet.id).execute();
    const [criterion] = await app.db.selectFrom("cycle_criteria").select(["id", "title"]).where("cycle_id", "=", cycleId).orderBy("position").execute();
    await app.db.updateTable("cycle_criteria").set({ title: HOSTILE[1] }).where("id", "=", criterion.id).execute();
    try {
      const res = await app.request(`/admin/cycles/${cycleId}/scores.csv?round=first`, { cookie: admin });
      expect(res.status).toBe(200);
      const all = cells(await res.text()).flat();
      expect(all).toContain(`'${HOSTILE[0]}`);
      expect(all).toContain(`'${HOSTILE[1]}`);
      expect(all.filter(startsAFormula)).toEqual([]);
    } finally {
      await app.db.updateTable("cycle_criteria").set({ title: criterion.title }).where("id", "=", criterion.id).execute();
    }
  });

  it("results.csv: an organisation's name that starts like a formula is neutralised", async () => {
    const results = await roundResults(app.db, { cycleId, round: "first" });
    const [entryId, label] = [...results.labels.entries()][0];
    HOSTILE.forEach((hostile, i) => results.labels.set(entryId + 100_000 + i, { ...label, organisation: hostile }));
    results.labels.set(entryId, { ...label, organisation: HOSTILE[0] });
    const all = cells(resultsCsv(results)).flat();
    expect(all).toContain(`'${HOSTILE[0]}`);
    expect(all.filter(startsAFormula)).toEqual([]);
    const res = await app.request(`/admin/cycles/${cycleId}/results.csv?round=first`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(cells(await res.text()).flat().filter(startsAFormula)).toEqual([]);
  });

  it("nominations.csv: a title that starts like a formula is neutralised", async () => {
    const [n] = await app.db.selectFrom("nominations").select(["id", "title"]).where("cycle_id", "=", cycleId).orderBy("id").execute();
    await app.db.updateTable("nominations").set({ title: HOSTILE[1] }).where("id", "=", n.id).execute();
    try {
      const res = await app.request(`/admin/cycles/${cycleId}/nominations.csv`, { cookie: admin });
      expect(res.status).toBe(200);
      const all = cells(await res.text()).flat();
      expect(all).toContain(`'${HOSTILE[1]}`);
      expect(all.filter(startsAFormula)).toEqual([]);
    } finally {
      await app.db.updateTable("nominations").set({ title: n.title }).where("id", "=", n.id).execute();
    }
  });

  it("winners.csv: an archive entry's organisation that starts like a formula is neutralised", async () => {
    const [entry] = await app.db.selectFrom("archive_entries").select(["id", "organisation_name"]).orderBy("id").limit(1).execute();
    await app.db.updateTable("archive_entries").set({ organisation_name: HOSTILE[0] }).where("id", "=", entry.id).execute();
    try {
      const res = await app.request("/winners.csv");
      expect(res.status).toBe(200);
      const all = cells(await res.text()).flat();
      expect(all.filter(startsAFormula)).toEqual([]);
    } finally {
      await app.db.updateTable("archive_entries").set({ organisation_name: entry.organisation_name }).where("id", "=", entry.id).execute();
    }
  });
});

describe("saving a score sheet not yet started", () => {
  it("with a revision other than 0 answers 409 with a clear message, and writes nothing", async () => {
    const cookie = await app.sessionFor("judge.employer1@demo.test");
    const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "judge.employer1@demo.test").executeTakeFirstOrThrow();
    const unstarted = await app.db
      .selectFrom("judging_assignments")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
      .select(["judging_entries.code", "judging_assignments.id as assignmentId"])
      .where("judging_assignments.judge_user_id", "=", judge.id)
      .where("judging_assignments.status", "=", "live")
      .where("judging_entries.status", "=", "released")
      .where("score_sheets.id", "is", null)
      .executeTakeFirstOrThrow();
    for (const revision of ["1", "7", "999999"]) {
      for (const path of [`/judging/entries/${unstarted.code}`, `/judging/entries/${unstarted.code}.data?autosave=1`]) {
        const res = await app.request(path, { cookie, form: { intent: "save", revision, overall_comment: "kept" } });
        expect(res.status, `${path} revision ${revision}`).toBe(409);
        expect(await res.text()).toContain("the score sheet has not been started yet");
      }
    }
    expect(await app.db.selectFrom("score_sheets").select("id").where("assignment_id", "=", unstarted.assignmentId).executeTakeFirst()).toBeUndefined();
  });
});
