import { afterEach, describe, expect, it } from "vitest";
import { countWords } from "~/domain/word-count";
import { endorsementSummary } from "~/models/endorsements.server";
import { listSections } from "~/models/cycles.server";
import { resetEnv } from "../../app/platform/env.server";
import type { DB } from "../../app/platform/db.server";
import { seed } from "../../scripts/seed/index";
import { DEMO_ORGANISATIONS } from "~/domain/demo-accounts";
import { DEMO_PAST_YEAR } from "../../scripts/seed/demo-announced";
import { DEMO_CYCLE_YEAR } from "../../scripts/seed/demo-cycle";
import { freshDatabase, tempDir } from "../helpers/database";

let db: DB;
afterEach(async () => db?.destroy());

async function snapshot(db: DB) {
  const tables = ["award_cycles", "nominations", "nomination_answers", "endorsements", "audit_log"] as const;
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.selectFrom(t).selectAll().execute();
  return out;
}

describe("the demo's current award cycle", () => {
  it("is open for 2027 with ten complete entries, one awaiting endorsement and one draft, and seeding twice changes nothing", async () => {
    Object.assign(process.env, { NODE_ENV: "test", DATA_DIR: tempDir() });
    resetEnv();
    db = freshDatabase().db;
    await seed(db, { demo: true });
    const first = await snapshot(db);
    const started = Date.now();
    await seed(db, { demo: true });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await snapshot(db)).toEqual(first);

    const cycle = await db.selectFrom("award_cycles").selectAll().where("year", "=", DEMO_CYCLE_YEAR).executeTakeFirstOrThrow();
    expect(cycle).toMatchObject({ stage: "open", is_demo: 1, nominations_open_at: "2026-11-01T09:00:00.000Z", nominations_close_at: "2027-05-13T16:00:00.000Z" });

    const nominations = await db
      .selectFrom("nominations")
      .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
      .select(["nominations.id", "nominations.status", "nominations.title", "organisations.name", "organisations.is_demo"])
      .where("cycle_id", "=", cycle.id)
      .execute();
    const summaries = await Promise.all(nominations.map((n) => endorsementSummary(db, n.id)));
    expect(summaries.filter((s) => s.complete)).toHaveLength(10);
    expect(summaries.filter((s) => !s.complete && s.employer === "confirmed" && s.staff_side === "pending")).toHaveLength(1);
    expect(nominations.filter((n) => n.status === "draft")).toHaveLength(1);
    expect(nominations.every((n) => n.is_demo === 1)).toBe(true);
    expect(new Set(nominations.map((n) => n.name)).size).toBe(DEMO_ORGANISATIONS.length);

    // Within the word limits, and each entry names its organisation the way real entries do.
    const sections = await listSections(db, cycle.id);
    const answers = await db.selectFrom("nomination_answers").selectAll().where("nomination_id", "in", nominations.map((n) => n.id)).execute();
    for (const a of answers) {
      const limit = sections.find((s) => s.id === a.section_id)!.word_limit;
      if (limit !== null) expect(countWords(a.text)).toBeLessThanOrEqual(limit);
    }
    for (const n of nominations) {
      const org = DEMO_ORGANISATIONS.find((o) => o.name === n.name)!;
      const text = answers.filter((a) => a.nomination_id === n.id).map((a) => a.text).join(" ");
      expect([org.name, org.shortName, ...org.aliases].some((name) => text.includes(name))).toBe(true);
    }
  });
});

describe("the demo's past award cycle", () => {
  it("was announced in 2009 (before the award's first year, so it clashes with no real one) and its case studies are in the archive, labelled demo", async () => {
    Object.assign(process.env, { NODE_ENV: "test", DATA_DIR: tempDir() });
    resetEnv();
    db = freshDatabase().db;
    await seed(db, { demo: true });
    const cycle = await db.selectFrom("award_cycles").selectAll().where("year", "=", DEMO_PAST_YEAR).executeTakeFirstOrThrow();
    expect(cycle).toMatchObject({ stage: "announced", is_demo: 1 });
    expect(cycle.published_at).not.toBeNull();
    const entries = await db.selectFrom("archive_entries").select(["result", "origin", "is_demo", "challenge"]).where("year", "=", DEMO_PAST_YEAR).execute();
    expect(entries.map((e) => e.result).sort()).toEqual(["finalist", "highly_commended", "winner"]);
    expect(entries.every((e) => e.origin === "cycle" && e.is_demo === 1 && e.challenge)).toBe(true);
    // Real history has no demo entries.
    expect(await db.selectFrom("archive_entries").select("id").where("is_demo", "=", 1).where("year", "!=", DEMO_PAST_YEAR).execute()).toEqual([]);
  });
});

