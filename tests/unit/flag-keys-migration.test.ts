// Migration 2026_12_02_1310 rewrites stored flag decisions to the redactor's key (decision 030): its
// copy of the normaliser gives the same key as the domain's, and decisions that now share a key
// become one, "hide" winning, so nothing decided is lost and nothing hidden comes back.
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { flagKey } from "~/domain/flag-decisions";
import { flagKeyOf, up } from "../../db/migrations/2026_12_02_1310_flag_keys";
import { freshDatabase } from "../helpers/database";
import type { DB } from "../../app/platform/db.server";

const opened: DB[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.destroy();
});

describe("the flag keys migration", () => {
  it("computes a phrase's key exactly as the redactor does", () => {
    const phrases = ["  St Helen’s\n  Hospital ", "Guy’s & St Thomas’", "Saint Zed's", "Ní Bhriain", "O’Neill’s", "NHS-England", "Ward 12B.", "the Trust’s  'own'  site", "Zoë Müller", "St. Mary's", "James'", "#MerseyCare", "Arrowe Park’s", "[organisation] Hospital"];
    for (const p of phrases) expect(flagKeyOf(p), p).toBe(flagKey(p));
  });

  it("rewrites stored keys and merges decisions that now share one, hiding when either hid", async () => {
    const { db } = freshDatabase();
    opened.push(db);
    await sql`pragma foreign_keys = off`.execute(db);
    const row = (flag_key: string, matched: string, decision: "hide" | "keep", decided_at: string) => ({ nomination_id: 7, flag_key, matched, decision, decided_by: null, decided_at });
    await db
      .insertInto("redaction_flag_decisions")
      .values([
        row("arrowe park", "Arrowe Park", "keep", "2026-11-30T10:00:00Z"),
        row("arrowe park's", "Arrowe Park's", "hide", "2026-11-30T09:00:00Z"),
        row("st helen’s hospital", "St Helen’s Hospital", "keep", "2026-11-30T11:00:00Z"),
        row("eastbrook", "Eastbrook", "keep", "2026-11-30T12:00:00Z"),
      ])
      .execute();
    await up(db);
    const rows = await db.selectFrom("redaction_flag_decisions").select(["flag_key", "decision", "matched"]).orderBy("flag_key").execute();
    expect(rows).toEqual([
      { flag_key: "arrowe park", decision: "hide", matched: "Arrowe Park" },
      { flag_key: "eastbrook", decision: "keep", matched: "Eastbrook" },
      { flag_key: "st helen hospital", decision: "keep", matched: "St Helen’s Hospital" },
    ]);
  });
});
