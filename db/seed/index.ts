// What every start seeds: the archive's history in every mode, and the demo data where enabled.
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { seedDemo } from "./demo";
import { seedHistory } from "./history";

export async function seed(db: Kysely<Database>, { demo }: { demo: boolean }) {
  const history = await seedHistory(db);
  const added = demo ? await seedDemo(db) : { organisations: 0, users: 0 };
  return { history, demo: added };
}
