// Who may do what: the one table of permissions. Loaders and actions ask it through
// app/request/permissions.server.ts; the navigation asks it too, so the two cannot disagree.
import type { JudgeSide, Role } from "./vocabulary";

// The roles' and sides' words and labels live in vocabulary.ts; re-exported for older imports.
export type { Role } from "./vocabulary";
export { JUDGE_SIDE_LABELS, judgeSideLabel, ORGANISATION_TYPE_LABELS, ROLE_LABELS } from "./vocabulary";

export type Permission =
  | "nominations:use" // an entrant's own organisation's nominations
  | "judging:use" // a judge's own assignments
  | "admin:use"; // the secretariat's screens: users, organisations, invitations, the cycle

const GRANTS: Record<Permission, readonly Role[]> = {
  "nominations:use": ["entrant"],
  "judging:use": ["judge"],
  "admin:use": ["admin"],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return GRANTS[permission].some((role) => roles.includes(role));
}

export type NavigationItem = { href: string; label: string };

/** The header's links for a signed-in user, in the order they appear. */
export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  const items: NavigationItem[] = [];
  if (can(roles, "nominations:use")) items.push({ href: "/nominations", label: "My nominations" });
  if (can(roles, "judging:use")) items.push({ href: "/judging", label: "Judging" });
  if (can(roles, "admin:use")) items.push({ href: "/admin", label: "Admin" });
  return items;
}

/** The signed-in user as loaders see them: who they are, what roles and which organisation. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  emailVerified: boolean;
  /** The organisation whose nominations they may use: only ever one whose membership is approved. */
  organisation: { id: number; name: string } | null;
  /** A membership not (or no longer) approved: asked for and waiting, declined or removed. It gives no access. */
  membershipRequest: { organisationName: string; status: "pending" | "declined" | "removed" } | null;
  organisationRequest: { name: string; status: "pending" | "approved" | "rejected" } | null;
  judge: { side: JudgeSide; organisationName: string | null } | null;
};
