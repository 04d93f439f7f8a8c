// Every migration, in order. Listed by hand (not read from the folder at run time) so that they load
// the same way under tsx, vitest and any bundler; a test checks that no file in this folder is missing.
import type { Migration } from "kysely";
import * as m2026_11_21_0600_foundation from "./2026_11_21_0600_foundation";
import * as m2026_11_21_0700_archive from "./2026_11_21_0700_archive";
import * as m2026_11_21_0800_cycles_and_nominations from "./2026_11_21_0800_cycles_and_nominations";
import * as m2026_11_21_0900_judging from "./2026_11_21_0900_judging";
import * as m2026_11_21_1000_results_and_publication from "./2026_11_21_1000_results_and_publication";
import * as m2026_12_02_0400_mail_outbox from "./2026_12_02_0400_mail_outbox";

export const MIGRATIONS: Record<string, Migration> = {
  "2026_11_21_0600_foundation": m2026_11_21_0600_foundation,
  "2026_11_21_0700_archive": m2026_11_21_0700_archive,
  "2026_11_21_0800_cycles_and_nominations": m2026_11_21_0800_cycles_and_nominations,
  "2026_11_21_0900_judging": m2026_11_21_0900_judging,
  "2026_11_21_1000_results_and_publication": m2026_11_21_1000_results_and_publication,
  "2026_12_02_0400_mail_outbox": m2026_12_02_0400_mail_outbox,
};
