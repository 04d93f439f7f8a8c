// `npm run db:seed`: seeds what a new install needs (demo data only where DEMO_DATA allows). Idempotent.
import { deliverMail } from "../app/models/outbox.server";
import { closeDb, getDb } from "../app/platform/db.server";
import { env } from "../app/platform/env.server";
import { migrateToLatest } from "../db/migrator";
import { seed } from "./seed/index";

await migrateToLatest(getDb());
const added = await seed(getDb(), { demo: env().DEMO_DATA });
console.log(`Seeded: register ${added.register.added} organisations added, ${added.register.updated} updated; ${added.demo.organisations} demo organisations, ${added.demo.users} demo users added.`);
// The demo's e-mails (endorsement requests) go out before the handle closes; the server retries any that cannot.
await deliverMail(getDb());
await closeDb();
