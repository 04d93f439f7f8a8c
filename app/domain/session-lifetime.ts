// How long a sign-in lasts at most, however busy it is kept: the idle timeout (app/request/auth.server.ts)
// ends a session left alone; this ends one that is kept in use, so a stolen or forgotten session
// does not live for ever. Those who can see more (the secretariat, judges) get the shorter time.
import type { Role } from "./permissions";

const HOUR = 60 * 60 * 1000;

/** The longest a session lasts from sign-in, by role. */
export const SESSION_ABSOLUTE_LIFETIME: Record<Role, number> = {
  entrant: 12 * HOUR,
  judge: 8 * HOUR,
  admin: 8 * HOUR,
};

/** A user with several roles gets the shortest of their roles' lifetimes (an account with no role, the entrants'). */
export function sessionLifetime(roles: readonly Role[]): number {
  return Math.min(SESSION_ABSOLUTE_LIFETIME.entrant, ...roles.map((role) => SESSION_ABSOLUTE_LIFETIME[role]));
}

/** Whether a session begun at `createdAt` has reached the end of its absolute lifetime. */
export function sessionLifetimeOver({ createdAt, roles, now }: { createdAt: Date; roles: readonly Role[]; now: Date }): boolean {
  const started = createdAt.getTime();
  // A start time that cannot be read is treated as over: the user signs in again.
  if (!Number.isFinite(started)) return true;
  return now.getTime() - started >= sessionLifetime(roles);
}
