// The seeded data folders the test servers start from: seeded once per test run (global setup), each
// a database with the register, the history and (but for one) the demo story, with the secrets its
// audit chain and tokens were made with; every test server gets its own copy, instead of seeding again.
import fs from "node:fs";
import path from "node:path";
import type { DemoStage } from "../../scripts/seed/index";

const TEMPLATES_DIR = path.resolve(__dirname, "../.tmp");

export type SeededVariant = { demo: boolean; demoStage: DemoStage };

export const SEEDED_VARIANTS: SeededVariant[] = [
  { demo: true, demoStage: "open" },
  { demo: true, demoStage: "judging" },
  { demo: false, demoStage: "open" },
];

/** The folder a variant is seeded into once per run. */
export function seededDataDir({ demo, demoStage }: SeededVariant): string {
  return path.join(TEMPLATES_DIR, demo ? `seeded-demo-${demoStage}` : "seeded-without-demo");
}

/** Copies a seeded folder (database, secrets, audit key) into `dataDir`, keeping the files owner-only. */
export function copySeededDataDir(variant: SeededVariant, dataDir: string): string {
  const from = seededDataDir(variant);
  if (!fs.existsSync(path.join(from, "awards.db"))) {
    throw new Error(`No seeded template at ${from}: it is made by tests/helpers/global-setup.ts at the start of a vitest run.`);
  }
  fs.cpSync(from, dataDir, { recursive: true });
  return path.join(dataDir, "awards.db");
}
