// Every migration, in order. Listed by hand (not read from the folder at run time) so that they load
// the same way under tsx, vitest and any bundler; a test checks that no file in this folder is missing.
import type { Migration } from "kysely";
import * as m2026_11_21_0600_foundation from "./2026_11_21_0600_foundation";
import * as m2026_11_21_0700_archive from "./2026_11_21_0700_archive";
import * as m2026_11_21_0800_cycles_and_nominations from "./2026_11_21_0800_cycles_and_nominations";
import * as m2026_11_21_0900_judging from "./2026_11_21_0900_judging";
import * as m2026_11_21_1000_results_and_publication from "./2026_11_21_1000_results_and_publication";
import * as m2026_12_02_0100_national_register from "./2026_12_02_0100_national_register";
import * as m2026_12_02_0700_personal_data from "./2026_12_02_0700_personal_data";
import * as m2026_12_02_0600_audit_key_and_endorsement_resends from "./2026_12_02_0600_audit_key_and_endorsement_resends";
import * as m2026_12_02_0300_late_conflicts from "./2026_12_02_0300_late_conflicts";
import * as m2026_12_02_0200_membership_approval from "./2026_12_02_0200_membership_approval";
import * as m2026_12_02_0400_mail_outbox from "./2026_12_02_0400_mail_outbox";
import * as m2026_12_02_1200_second_look from "./2026_12_02_1200_second_look";
import * as m2026_12_02_1100_flag_decisions from "./2026_12_02_1100_flag_decisions";
import * as m2026_12_02_1310_flag_keys from "./2026_12_02_1310_flag_keys";
import * as m2026_12_02_1400_shortlisting_meeting from "./2026_12_02_1400_shortlisting_meeting";
import * as m2026_12_02_1330_archive_browse_indexes from "./2026_12_02_1330_archive_browse_indexes";
import * as m2026_12_03_0740_learning_summaries from "./2026_12_03_0740_learning_summaries";
import * as m2026_12_03_0725_organisation_requests_by_user from "./2026_12_03_0725_organisation_requests_by_user";
import * as m2026_12_03_0730_entrant_feedback from "./2026_12_03_0730_entrant_feedback";
import * as m2026_12_03_0720_practice_entries from "./2026_12_03_0720_practice_entries";
import * as m2026_12_03_1200_judge_expertise_and_practice_terms from "./2026_12_03_1200_judge_expertise_and_practice_terms";
import * as m2026_12_03_1830_registration_attempts from "./2026_12_03_1830_registration_attempts";
import * as m2026_12_03_1840_archive_search_terms from "./2026_12_03_1840_archive_search_terms";

export const MIGRATIONS: Record<string, Migration> = {
  "2026_11_21_0600_foundation": m2026_11_21_0600_foundation,
  "2026_11_21_0700_archive": m2026_11_21_0700_archive,
  "2026_11_21_0800_cycles_and_nominations": m2026_11_21_0800_cycles_and_nominations,
  "2026_11_21_0900_judging": m2026_11_21_0900_judging,
  "2026_11_21_1000_results_and_publication": m2026_11_21_1000_results_and_publication,
  "2026_12_02_0100_national_register": m2026_12_02_0100_national_register,
  "2026_12_02_0700_personal_data": m2026_12_02_0700_personal_data,
  "2026_12_02_0600_audit_key_and_endorsement_resends": m2026_12_02_0600_audit_key_and_endorsement_resends,
  "2026_12_02_0300_late_conflicts": m2026_12_02_0300_late_conflicts,
  "2026_12_02_0200_membership_approval": m2026_12_02_0200_membership_approval,
  "2026_12_02_0400_mail_outbox": m2026_12_02_0400_mail_outbox,
  "2026_12_02_1200_second_look": m2026_12_02_1200_second_look,
  "2026_12_02_1100_flag_decisions": m2026_12_02_1100_flag_decisions,
  "2026_12_02_1310_flag_keys": m2026_12_02_1310_flag_keys,
  "2026_12_02_1400_shortlisting_meeting": m2026_12_02_1400_shortlisting_meeting,
  "2026_12_02_1330_archive_browse_indexes": m2026_12_02_1330_archive_browse_indexes,
  "2026_12_03_0740_learning_summaries": m2026_12_03_0740_learning_summaries,
  "2026_12_03_0725_organisation_requests_by_user": m2026_12_03_0725_organisation_requests_by_user,
  "2026_12_03_0730_entrant_feedback": m2026_12_03_0730_entrant_feedback,
  "2026_12_03_0720_practice_entries": m2026_12_03_0720_practice_entries,
  "2026_12_03_1200_judge_expertise_and_practice_terms": m2026_12_03_1200_judge_expertise_and_practice_terms,
  "2026_12_03_1830_registration_attempts": m2026_12_03_1830_registration_attempts,
  "2026_12_03_1840_archive_search_terms": m2026_12_03_1840_archive_search_terms,
};
