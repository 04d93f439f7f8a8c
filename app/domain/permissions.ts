// Who may do what: the one table of permissions. Loaders and actions ask it through
// app/utils/permissions.server.ts; the navigation asks it too, so the two cannot disagree.
export type Role = "entrant" | "judge" | "admin";

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

export const ROLE_LABELS: Record<Role, string> = {
  entrant: "Entrant",
  judge: "Judge",
  admin: "Admin (SPF secretariat)",
};

export const JUDGE_SIDE_LABELS = {
  employer: "Employer side",
  staff_side: "Staff side (trade union)",
  national_body: "National body",
} as const;

/** A judge's side in words; a value that is not a side (stored text) is shown as it is. */
export function judgeSideLabel(side: string): string {
  return JUDGE_SIDE_LABELS[side as keyof typeof JUDGE_SIDE_LABELS] ?? side;
}

export const ORGANISATION_TYPE_LABELS = {
  acute: "Acute trust",
  mental_health: "Mental health trust",
  community: "Community trust",
  ambulance: "Ambulance service",
  integrated_care_board: "Integrated care board",
  other: "Other",
} as const;

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
  judge: { side: keyof typeof JUDGE_SIDE_LABELS; organisationName: string | null } | null;
};
