// The former names the seed adds (scripts/seed/etr-former-names.ts) against the register they hang on:
// every code is an open trust of etr.csv, no former name is a trust etr.csv has a row for (that would
// be a predecessor for etr-successors.ts, not a former name), and every line says what it rests on.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEtr } from "../../app/domain/national-register";
import { ETR_FORMER_NAMES } from "../../scripts/seed/etr-former-names";

const register = parseEtr(fs.readFileSync("scripts/seed/data/etr.csv", "utf8"));
const fold = (s: string) => s.toLowerCase().replace(/['’,]/g, "").replace(/\bst\.? /g, "st ").replace(/\s+/g, " ").trim();

describe("former names of the register's trusts", () => {
  it("hang on open trusts of etr.csv", () => {
    for (const code of Object.keys(ETR_FORMER_NAMES)) {
      const trust = register.find((r) => r.odsCode === code);
      expect(trust, code).toBeDefined();
      expect(trust?.closedOn ?? null, code).toBeNull();
    }
  });

  it("are never the name of a trust etr.csv has a row for, open or closed", () => {
    const names = new Set(register.map((r) => fold(r.name)));
    for (const [code, formerNames] of Object.entries(ETR_FORMER_NAMES)) for (const n of formerNames) expect(names.has(fold(n)), `${code}: ${n}`).toBe(false);
  });

  it("each say in the file what they rest on", () => {
    const source = fs.readFileSync("scripts/seed/etr-former-names.ts", "utf8");
    for (const code of Object.keys(ETR_FORMER_NAMES)) expect(source, code).toMatch(new RegExp(`^  ${code}: \\[.*\\], // (unverified here|ODS)`, "m"));
  });
});
