// The one typed Database interface. Times are ISO-8601 UTC text, booleans 0/1 (better-sqlite3 binds
// neither Date nor boolean), ids are integers except sessions, whose id is the token's hash.
import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type {
  OrganisationType,
  Role,
  JudgeSide,
  AliasKind,
  MembershipStatus,
  ArchiveResult,
  CycleStage,
  NominationStatus,
  EndorsementSide,
  EndorsementStatus,
  JudgingEntryStatus,
  RedactionTermKind,
  FlagDecision,
  AssignmentStatus,
  AssignmentSource,
  JudgingRound,
  ScoreSheetStatus,
  AwardDecisionResult,
  PersonalDetailKind,
  MailStatus,
} from "../app/domain/vocabulary";

// The award's words are defined in app/domain/vocabulary.ts; these re-exports keep older imports working.
export { ORGANISATION_TYPES, ROLES, JUDGE_SIDES, ALIAS_KINDS, MEMBERSHIP_STATUSES, ARCHIVE_RESULTS } from "../app/domain/vocabulary";
export type {
  OrganisationType,
  Role,
  JudgeSide,
  AliasKind,
  MembershipStatus,
  ArchiveResult,
  CycleStage,
  NominationStatus,
  EndorsementSide,
  EndorsementStatus,
  JudgingEntryStatus,
  RedactionTermKind,
  FlagDecision,
  AssignmentStatus,
  AssignmentSource,
  JudgingRound,
  ScoreSheetStatus,
  AwardDecisionResult,
  PersonalDetailKind,
  MailStatus,
};

export type Flag = 0 | 1;

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  short_name: string | null;
  slug: string;
  type: OrganisationType;
  region: string | null;
  ods_code: string | null;
  is_demo: Generated<Flag>;
  created_at: string;
  updated_at: string;
  /** The national register (decision 014): what kind of body, in which nation; null for ones added by hand before it. */
  kind: string | null;
  nation: string | null;
  /** The integrated care board's ODS code, as NHS England's file gives it for a trust. */
  icb_code: string | null;
  /** Headquarters site and town, from the ODS address. */
  site: string | null;
  town: string | null;
  postcode: string | null;
  /** ISO dates (YYYY-MM-DD); a closed organisation can be named in a conflict, never registered with. */
  opened_on: string | null;
  closed_on: string | null;
  /** Where the record came from, e.g. NHS England's ODS file (OGL v3.0), or the secretariat. */
  source: string | null;
  /** The organisation that took over a closed one's work. */
  successor_id: number | null;
}

export interface OrganisationAliasesTable {
  id: Generated<number>;
  organisation_id: number;
  alias: string;
  kind: Generated<AliasKind>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  /** The e-mail lower-cased and trimmed: unique, so addresses are unique ignoring case. */
  email_normalised: string;
  name: string;
  password_hash: string | null;
  active: Generated<Flag>;
  email_verified_at: string | null;
  is_demo: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface RolesTable {
  user_id: number;
  role: Role;
  granted_at: string;
  granted_by: number | null;
}

/** An account's one organisation. Only an approved membership gives access to its nominations. */
export interface MembershipsTable {
  id: Generated<number>;
  user_id: number;
  organisation_id: number;
  /** pending until the secretariat, an approved member or the organisation's own e-mail domain approves it. */
  status: Generated<MembershipStatus>;
  /** Who approved, declined or removed it (null: approved by the organisation's e-mail domain, or before decisions were recorded). */
  decided_by: number | null;
  decided_at: string | null;
  reason: string | null;
  created_at: string;
}

/** An e-mail domain the secretariat has recorded as an organisation's own (never a shared one such as nhs.net). */
export interface OrganisationEmailDomainsTable {
  id: Generated<number>;
  organisation_id: number;
  domain: string;
  added_by: number | null;
  created_at: string;
}

export interface OrganisationRequestsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  status: "pending" | "approved" | "rejected";
  organisation_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  reason: string | null;
  created_at: string;
}

export interface JudgeProfilesTable {
  user_id: number;
  side: JudgeSide;
  organisation_id: number | null;
  job_title: string | null;
  created_at: string;
  updated_at: string;
  /** JSON array of expertise tags (app/domain/judge-expertise.ts). */
  expertise_tags: Generated<string>;
  /** A short free-text note of the judge's expertise; empty when none. */
  expertise_note: Generated<string>;
}

export interface SessionsTable {
  /** SHA-256 (HMAC with the session secret) of the cookie's token; the token itself is never stored. */
  id: string;
  user_id: number;
  expires_at: string;
  created_at: string;
}

export interface InvitationsTable {
  id: Generated<number>;
  email: string;
  email_normalised: string;
  name: string;
  role: "judge" | "admin";
  side: JudgeSide | null;
  organisation_id: number | null;
  token_hash: string;
  invited_by: number | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: number | null;
  revoked_at: string | null;
}

export interface OneTimeTokensTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email_normalised: string;
  ip: string;
  succeeded: Flag;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: number | null;
  action: string;
  target: string | null;
  details: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

/** One row: the first audit_log id chained with the key (HMAC-SHA256); earlier rows are unkeyed SHA-256. */
export interface AuditChainTable {
  id: number;
  keyed_from_id: number;
  created_at: string;
}

export interface AwardYearsTable {
  year: number;
  ceremony_date: string | null;
  ceremony_place: string | null;
  notes: string | null;
  source_note: string | null;
  source_url: string | null;
  created_at: string;
  updated_at: string;
}

/** A published entry in the public archive, with its case study (the SPF's case-study sections). */
export interface ArchiveEntriesTable {
  id: Generated<number>;
  year: number;
  organisation_name: string;
  title: string | null;
  result: ArchiveResult;
  slug: string;
  summary: string | null;
  about_organisation: string | null;
  challenge: string | null;
  partnership_work: string | null;
  outcomes: string | null;
  key_achievement: string | null;
  top_tips: string | null;
  further_information: string | null;
  region: string | null;
  organisation_type: OrganisationType | null;
  source_note: string | null;
  source_url: string | null;
  /** Where it came from: the seeded history, a CSV import, an admin, or an award cycle's announcement. */
  origin: "history" | "import" | "admin" | "cycle";
  /** Published from a demo cycle: fictional, and labelled "Demo" on every public page. */
  is_demo: Generated<Flag>;
  published_at: string;
  version: Generated<number>;
  updated_at: string;
  updated_by: number | null;
}

export interface ArchiveEntryThemesTable {
  entry_id: number;
  theme: string;
}

export interface ArchiveEntryVersionsTable {
  id: Generated<number>;
  entry_id: number;
  version: number;
  snapshot: string;
  changed_by: number | null;
  changed_at: string;
  note: string | null;
}

export interface ArchiveStateTable {
  id: number;
  /** Goes up with every publication or edit: public pages' ETags and the page cache follow it. */
  revision: number;
  updated_at: string;
}

export interface AwardCyclesTable {
  id: Generated<number>;
  year: number;
  stage: CycleStage;
  /** UTC instants (ISO-8601); entered and shown in UK local time. */
  nominations_open_at: string | null;
  nominations_close_at: string | null;
  judging_open_at: string | null;
  judging_close_at: string | null;
  shortlist_at: string | null;
  final_judging_at: string | null;
  announcement_at: string | null;
  judges_per_entry: Generated<number>;
  finalists_count: Generated<number>;
  /** The ranking the finalists were proposed by (raw, median, normalised), recorded at confirmation. */
  shortlist_method: string | null;
  /** Confirming the shortlist unblinds the finalists to the final-round panel. */
  shortlist_confirmed_at: string | null;
  shortlist_confirmed_by: number | null;
  final_criteria: Generated<"same" | "own">;
  /** Set once, by the runner that published the announcement. */
  published_at: string | null;
  result_emails_claimed_at: string | null;
  /** Set once, when the retention rule deleted the cycle's text (see app/models/retention.server.ts). */
  retention_applied_at: string | null;
  is_demo: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface CycleCriteriaTable {
  id: Generated<number>;
  cycle_id: number;
  position: number;
  title: string;
  guidance: string;
  weight: number;
  scale_min: number;
  scale_max: number;
  /** JSON: [{ score, text }], what a given score looks like, for judges. */
  descriptors: string;
  round: Generated<"first" | "final">;
}

export interface CycleSectionsTable {
  id: Generated<number>;
  cycle_id: number;
  position: number;
  key: string;
  title: string;
  guidance: string;
  word_limit: number | null;
  /** Set for a section that is the evidence against one criterion. */
  criterion_id: number | null;
}

export interface NominationsTable {
  id: Generated<number>;
  cycle_id: number;
  organisation_id: number;
  reference: string;
  title: Generated<string>;
  status: Generated<NominationStatus>;
  consent_to_publish: Generated<Flag>;
  /** JSON array of names of people, programmes and places to hide from judges. */
  identifying_terms: Generated<string>;
  employer_lead_name: string | null;
  employer_lead_role: string | null;
  employer_lead_email: string | null;
  staff_lead_name: string | null;
  staff_lead_role: string | null;
  staff_lead_email: string | null;
  unions: string | null;
  /** Goes up with every save: a save based on an older revision is refused (two people, one draft). */
  revision: Generated<number>;
  submitted_at: string | null;
  /** Hash of the text as submitted: endorsements are for this text. */
  submitted_hash: string | null;
  withdrawn_at: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface NominationAnswersTable {
  nomination_id: number;
  section_id: number;
  text: string;
}

export interface EndorsementsTable {
  id: Generated<number>;
  nomination_id: number;
  side: EndorsementSide;
  name: string;
  email: string;
  token_hash: string;
  status: Generated<EndorsementStatus>;
  reason: string | null;
  content_hash: string;
  sent_at: string;
  responded_at: string | null;
  decided_by: number | null;
  /** What the lead agreed may be published about them: 1 agreed, 0 not, null never asked. */
  publish_name: number | null;
  publish_email: number | null;
}

/** Each endorsement link sent again, for the limit per lead and hour (decision 019). */
export interface EndorsementResendsTable {
  id: Generated<number>;
  nomination_id: number;
  side: EndorsementSide;
  sent_at: string;
}

export interface DeadlineExtensionsTable {
  id: Generated<number>;
  cycle_id: number;
  /** Null: the extension is for everyone. */
  organisation_id: number | null;
  new_close_at: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface RemindersSentTable {
  id: Generated<number>;
  cycle_id: number;
  organisation_id: number;
  kind: "7-days" | "1-day";
  sent_at: string;
}

export interface JudgingEntriesTable {
  nomination_id: number;
  cycle_id: number;
  /** Random, e.g. "K7Q2": unrelated to the nomination's id, order or time. */
  code: string;
  status: Generated<JudgingEntryStatus>;
  source_hash: string;
  /** JSON RedactedEntry: the judges' copy. */
  redacted: string;
  redaction_count: Generated<number>;
  flag_count: Generated<number>;
  released_at: string | null;
  released_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface RedactionTermsTable {
  id: Generated<number>;
  nomination_id: number;
  text: string;
  kind: RedactionTermKind;
  added_by: number | null;
  created_at: string;
}

/** The secretariat's decision on a flag of a judging entry, per nomination and flag key (decision 024). */
export interface RedactionFlagDecisionsTable {
  nomination_id: number;
  flag_key: string;
  matched: string;
  decision: FlagDecision;
  decided_by: number | null;
  decided_at: string;
}

export interface JudgeStatementsTable {
  cycle_id: number;
  judge_user_id: number;
  accepted_at: string;
}

/** Extra first-round places given to an entry by a second look (decision 026). */
export interface SecondLookPlacesTable {
  id: Generated<number>;
  cycle_id: number;
  nomination_id: number;
  extra_sheets: number;
  created_by: number | null;
  created_at: string;
}

export interface JudgeConflictsTable {
  id: Generated<number>;
  cycle_id: number;
  judge_user_id: number;
  organisation_id: number;
  kind: string;
  note: string | null;
  created_at: string;
  removed_at: string | null;
  /** 1 when declared after the cycle's entries were assigned: it goes to the secretariat (decision 016). */
  declared_after_assignment: Generated<Flag>;
  /** Null until withdrawn; 1 when withdrawn after the entries were assigned. */
  removed_after_assignment: Flag | null;
}

/**
 * live: counts. retired: set aside by a conflict declared after assignment; the judge still sees it and
 * may score it, but it counts nowhere (decision 016). The others have ended and the judge sees nothing.
 */

export interface JudgingAssignmentsTable {
  id: Generated<number>;
  cycle_id: number;
  round: Generated<JudgingRound>;
  nomination_id: number;
  judge_user_id: number;
  status: Generated<AssignmentStatus>;
  source: AssignmentSource;
  reason: string | null;
  created_by: number | null;
  created_at: string;
  ended_reason: string | null;
  ended_by: number | null;
  ended_at: string | null;
}

export interface ScoreSheetsTable {
  id: Generated<number>;
  assignment_id: number;
  status: Generated<ScoreSheetStatus>;
  overall_comment: Generated<string>;
  revision: Generated<number>;
  submitted_at: string | null;
  reopened_at: string | null;
  reopened_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScoresTable {
  sheet_id: number;
  criterion_id: number;
  score: number | null;
  comment: Generated<string>;
}

export interface JudgingRemindersSentTable {
  id: Generated<number>;
  cycle_id: number;
  judge_user_id: number;
  kind: string;
  sent_at: string;
}

export interface ShortlistTable {
  cycle_id: number;
  nomination_id: number;
  rationale: string;
  chosen_by: number | null;
  chosen_at: string;
}

/** The shortlisting meeting's record of one entry (decision 033): the secretariat's only. */
export interface MeetingRecordsTable {
  id: Generated<number>;
  cycle_id: number;
  nomination_id: number;
  agreed_position: string;
  divergent_view: Generated<string>;
  /** JSON array of judge codes ("J03") and sides ("employer", "staff_side", "national_body"). */
  divergent_held_by: Generated<string>;
  recorded_by: number | null;
  recorded_at: string;
  updated_by: number | null;
  updated_at: string;
}

export interface FinalPanelTable {
  cycle_id: number;
  judge_user_id: number;
  added_by: number | null;
  added_at: string;
}

export interface AwardDecisionsTable {
  cycle_id: number;
  nomination_id: number;
  result: AwardDecisionResult;
  rationale: string;
  decided_by: number | null;
  decided_at: string;
}

export interface CaseStudyDraftsTable {
  nomination_id: number;
  cycle_id: number;
  /** JSON ArchiveEntryFields. */
  fields: string;
  version: Generated<number>;
  archive_entry_id: number | null;
  updated_by: number | null;
  updated_at: string;
}

export interface CaseStudyDraftVersionsTable {
  id: Generated<number>;
  nomination_id: number;
  version: number;
  snapshot: string;
  changed_by: number | null;
  changed_at: string;
  note: string | null;
}

/** A personal detail in a case study that the secretariat decided to keep (removed ones leave the text). */
export interface CaseStudyKeptDetailsTable {
  nomination_id: number;
  kind: PersonalDetailKind;
  value: string;
  kept_by: number | null;
  kept_at: string;
}

export interface MailOutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  /** Null once sent: it may hold a one-time link. */
  body: string | null;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  idempotency_key: string | null;
}

/** What the sector can learn from a cycle, written by the secretariat; public once the cycle is announced. */
export interface LearningSummariesTable {
  cycle_id: number;
  summary: string;
  /** JSON array of { criterionId, title, text }. */
  criterion_notes: Generated<string>;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

/** Feedback to one entry's organisation (decision 038): unreleased, it is the secretariat's only. */
export interface EntrantFeedbackTable {
  id: Generated<number>;
  cycle_id: number;
  nomination_id: number;
  status: Generated<"draft" | "approved" | "released">;
  /** JSON array: [{ criterionId, title, band, text }]. */
  criteria: Generated<string>;
  overall: Generated<string>;
  assembled_at: string;
  updated_by: number | null;
  updated_at: string;
  approved_by: number | null;
  approved_at: string | null;
  released_by: number | null;
  released_at: string | null;
}

/** The practice entry of a cycle (decision 037): a past case study, stored as the judges' redacted copy. */
export interface PracticeEntriesTable {
  cycle_id: number;
  archive_entry_id: number;
  /** The register organisation the case study is from, where found: judges in conflict with it are not offered it. */
  organisation_id: number | null;
  /** JSON PracticeCopy: redacted title and sections with their headings. */
  redacted: string;
  redaction_count: Generated<number>;
  chosen_by: number | null;
  chosen_at: string;
  /** JSON array of { text, kind }: words the secretariat hides by hand in the judges' copy. */
  extra_terms: Generated<string>;
}

/** A judge's practice score sheet: never read by results, exports or the normalisation (decision 037). */
export interface PracticeSheetsTable {
  id: Generated<number>;
  cycle_id: number;
  judge_user_id: number;
  archive_entry_id: number;
  status: Generated<ScoreSheetStatus>;
  overall_comment: Generated<string>;
  revision: Generated<number>;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PracticeScoresTable {
  sheet_id: number;
  criterion_id: number;
  score: number | null;
  comment: Generated<string>;
}

/** A valid registration form posted, by client address: registration is throttled per address. */
export interface RegistrationAttemptsTable {
  id: Generated<number>;
  ip: string;
  created_at: string;
}

export interface Database {
  organisations: OrganisationsTable;
  organisation_aliases: OrganisationAliasesTable;
  users: UsersTable;
  roles: RolesTable;
  memberships: MembershipsTable;
  organisation_email_domains: OrganisationEmailDomainsTable;
  organisation_requests: OrganisationRequestsTable;
  judge_profiles: JudgeProfilesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_reset_tokens: OneTimeTokensTable;
  email_verification_tokens: OneTimeTokensTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
  award_years: AwardYearsTable;
  archive_entries: ArchiveEntriesTable;
  archive_entry_themes: ArchiveEntryThemesTable;
  archive_entry_versions: ArchiveEntryVersionsTable;
  archive_state: ArchiveStateTable;
  award_cycles: AwardCyclesTable;
  cycle_criteria: CycleCriteriaTable;
  cycle_sections: CycleSectionsTable;
  nominations: NominationsTable;
  nomination_answers: NominationAnswersTable;
  endorsements: EndorsementsTable;
  endorsement_resends: EndorsementResendsTable;
  deadline_extensions: DeadlineExtensionsTable;
  reminders_sent: RemindersSentTable;
  judging_entries: JudgingEntriesTable;
  redaction_terms: RedactionTermsTable;
  redaction_flag_decisions: RedactionFlagDecisionsTable;
  judge_statements: JudgeStatementsTable;
  judge_conflicts: JudgeConflictsTable;
  judging_assignments: JudgingAssignmentsTable;
  second_look_places: SecondLookPlacesTable;
  score_sheets: ScoreSheetsTable;
  scores: ScoresTable;
  judging_reminders_sent: JudgingRemindersSentTable;
  shortlist: ShortlistTable;
  meeting_records: MeetingRecordsTable;
  final_panel: FinalPanelTable;
  award_decisions: AwardDecisionsTable;
  case_study_drafts: CaseStudyDraftsTable;
  case_study_draft_versions: CaseStudyDraftVersionsTable;
  case_study_kept_details: CaseStudyKeptDetailsTable;
  mail_outbox: MailOutboxTable;
  learning_summaries: LearningSummariesTable;
  entrant_feedback: EntrantFeedbackTable;
  practice_entries: PracticeEntriesTable;
  practice_sheets: PracticeSheetsTable;
  practice_scores: PracticeScoresTable;
  registration_attempts: RegistrationAttemptsTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Invitation = Selectable<InvitationsTable>;
export type JudgeProfile = Selectable<JudgeProfilesTable>;
export type OrganisationRequest = Selectable<OrganisationRequestsTable>;
export type Membership = Selectable<MembershipsTable>;
export type OrganisationEmailDomain = Selectable<OrganisationEmailDomainsTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type AwardYear = Selectable<AwardYearsTable>;
export type ArchiveEntry = Selectable<ArchiveEntriesTable>;
export type AwardCycle = Selectable<AwardCyclesTable>;
export type CycleCriterion = Selectable<CycleCriteriaTable>;
export type CycleSection = Selectable<CycleSectionsTable>;
export type Nomination = Selectable<NominationsTable>;
export type Endorsement = Selectable<EndorsementsTable>;
export type JudgingEntry = Selectable<JudgingEntriesTable>;
export type JudgingAssignment = Selectable<JudgingAssignmentsTable>;
export type ScoreSheet = Selectable<ScoreSheetsTable>;
export type JudgeConflict = Selectable<JudgeConflictsTable>;
export type OutboxMail = Selectable<MailOutboxTable>;
