// What every start seeds: (later) the archive's history in every mode, and the demo data where enabled.
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { seedDemo } from "./demo";

export async function seed(db: Kysely<Database>, { demo }: { demo: boolean }) {
  const added = demo ? await seedDemo(db) : { organisations: 0, users: 0 };
  return { demo: added };
}
