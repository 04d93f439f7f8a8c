// The one typed Database interface. Times are ISO-8601 UTC text, booleans 0/1 (better-sqlite3 binds
// neither Date nor boolean), ids are integers except sessions, whose id is the token's hash.
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export type Flag = 0 | 1;

export const ORGANISATION_TYPES = [
  "acute",
  "mental_health",
  "community",
  "ambulance",
  "integrated_care_board",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ROLES = ["entrant", "judge", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const JUDGE_SIDES = ["employer", "staff_side", "national_body"] as const;
export type JudgeSide = (typeof JUDGE_SIDES)[number];

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
}

export interface OrganisationAliasesTable {
  id: Generated<number>;
  organisation_id: number;
  alias: string;
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

export interface MembershipsTable {
  id: Generated<number>;
  user_id: number;
  organisation_id: number;
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

export interface Database {
  organisations: OrganisationsTable;
  organisation_aliases: OrganisationAliasesTable;
  users: UsersTable;
  roles: RolesTable;
  memberships: MembershipsTable;
  organisation_requests: OrganisationRequestsTable;
  judge_profiles: JudgeProfilesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_reset_tokens: OneTimeTokensTable;
  email_verification_tokens: OneTimeTokensTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Invitation = Selectable<InvitationsTable>;
export type JudgeProfile = Selectable<JudgeProfilesTable>;
export type OrganisationRequest = Selectable<OrganisationRequestsTable>;
export type AuditEntry = Selectable<AuditLogTable>;
