import { describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_LIFETIME, sessionLifetime, sessionLifetimeOver } from "./session-lifetime";

const HOUR = 60 * 60 * 1000;
const now = new Date("2027-03-01T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

describe("a session's absolute lifetime", () => {
  it("is shorter for the secretariat and judges than for entrants", () => {
    expect(SESSION_ABSOLUTE_LIFETIME.admin).toBeLessThan(SESSION_ABSOLUTE_LIFETIME.entrant);
    expect(SESSION_ABSOLUTE_LIFETIME.judge).toBeLessThan(SESSION_ABSOLUTE_LIFETIME.entrant);
  });

  it("takes the shortest of a user's roles", () => {
    expect(sessionLifetime(["entrant", "admin"])).toBe(SESSION_ABSOLUTE_LIFETIME.admin);
    expect(sessionLifetime([])).toBe(SESSION_ABSOLUTE_LIFETIME.entrant);
  });

  it("ends an entrant's session after 12 hours and a judge's after 8", () => {
    expect(sessionLifetimeOver({ createdAt: ago(11.9), roles: ["entrant"], now })).toBe(false);
    expect(sessionLifetimeOver({ createdAt: ago(12), roles: ["entrant"], now })).toBe(true);
    expect(sessionLifetimeOver({ createdAt: ago(7.9), roles: ["judge"], now })).toBe(false);
    expect(sessionLifetimeOver({ createdAt: ago(8), roles: ["judge"], now })).toBe(true);
  });

  it("treats an unreadable start as over", () => {
    expect(sessionLifetimeOver({ createdAt: new Date("not a date"), roles: ["entrant"], now })).toBe(true);
  });
});
