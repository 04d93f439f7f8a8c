// What every start seeds: the national register of organisations and the archive's history in every
// mode, and the demo data where enabled.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { seedDemo } from "./demo";
import { seedDemoAnnouncedCycle } from "./demo-announced";
import { seedDemoCycle } from "./demo-cycle";
import { seedDemoJudging, seedDemoPractice } from "./demo-judging";
import { seedHistory } from "./history";
import { seedNationalRegister } from "./national-register";

/** Where the demo cycle stands: "judging" (the default, for a demo of the whole award) or "open" (for nominations). */
export type DemoStage = "open" | "judging";

export async function seed(db: Kysely<Database>, { demo, demoStage = "open" }: { demo: boolean; demoStage?: DemoStage }) {
  const register = await seedNationalRegister(db);
  const history = await seedHistory(db);
  const added = demo ? await seedDemo(db) : { organisations: 0, users: 0 };
  // The current cycle with entries, after the organisations and entrants it needs.
  const cycle = demo ? await seedDemoCycle(db) : { nominations: 0 };
  if (demo && demoStage === "judging") await seedDemoJudging(db);
  // A past demo cycle, announced, so the archive shows a published demo case study.
  if (demo) await seedDemoAnnouncedCycle(db);
  // Its winning case study is the judging demo's practice entry (decision 037).
  if (demo && demoStage === "judging") await seedDemoPractice(db);
  return { register, history, demo: { ...added, nominations: cycle.nominations } };
}
