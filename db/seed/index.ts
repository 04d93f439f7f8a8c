// What every start seeds: the archive's history in every mode, and the demo data where enabled.
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { seedDemo } from "./demo";
import { seedDemoCycle } from "./demo-cycle";
import { seedHistory } from "./history";

export async function seed(db: Kysely<Database>, { demo }: { demo: boolean }) {
  const history = await seedHistory(db);
  const added = demo ? await seedDemo(db) : { organisations: 0, users: 0 };
  // The current cycle with entries, after the organisations and entrants it needs.
  const cycle = demo ? await seedDemoCycle(db) : { nominations: 0 };
  return { history, demo: { ...added, nominations: cycle.nominations } };
}
