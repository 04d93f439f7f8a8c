// The authorization matrix: every route file × every kind of caller. Read by
// tests/integration/authorization.test.ts (every row but the judging ones, and the check that no
// route is missing) and tests/integration/authorization-judging.test.ts (the judging rows).
import { expect } from "vitest";

export type Caller = "anonymous" | "entrant" | "judge" | "admin" | "pendingMember" | "otherMember";
/**
 * pendingMember: registered, e-mail confirmed, asked to join Eastbrook (whose nomination the rows use)
 * and not yet approved. otherMember: an approved member of another demo organisation (Northmoor).
 * Both hold the entrant role, so a route open to entrants lets them in; the nomination rows do not.
 */
export const CALLERS: Caller[] = ["anonymous", "entrant", "judge", "admin", "pendingMember", "otherMember"];
/** A status, or "ok": any answer that is not a refusal (no 401/403/404/5xx, no bounce to sign in). */
export type Outcome = number | "ok";
/** Rows marked judging are asked of a second server whose demo cycle is in judging. */
export type Row = { path: string; get: Record<Caller, Outcome>; post?: Record<Caller, Outcome>; judging?: true };

export const everyone = (s: Outcome): Record<Caller, Outcome> => ({ anonymous: s, entrant: s, judge: s, admin: s, pendingMember: s, otherMember: s });
export const signedIn = (s: Outcome): Record<Caller, Outcome> => ({ ...everyone(s), anonymous: 302 });
export const signedOut = (s: Outcome): Record<Caller, Outcome> => ({ ...everyone(302), anonymous: s });
export const only = (role: "entrant" | "judge" | "admin", s: Outcome = 200): Record<Caller, Outcome> => ({
  anonymous: 302,
  entrant: role === "entrant" ? s : 403,
  judge: role === "judge" ? s : 403,
  admin: role === "admin" ? s : 403,
  pendingMember: role === "entrant" ? s : 403,
  otherMember: role === "entrant" ? s : 403,
});
/** Eastbrook's own nomination: its approved member only; to the pending and the other organisation's member it does not exist. */
export const ownNomination = (s: Outcome = 200): Record<Caller, Outcome> => ({ ...only("entrant", s), pendingMember: 404, otherMember: 404 });
/** For approved members of an organisation only: a pending request is refused. */
export const approvedMember = (s: Outcome = 200): Record<Caller, Outcome> => ({ ...only("entrant", s), pendingMember: 403 });

export const MATRIX: Record<string, Row> = {
  _index: { path: "/", get: everyone(200) },
  $: { path: "/no-such-page", get: everyone(404), post: everyone(404) },
  healthz: { path: "/healthz", get: everyone(200) },
  "organisations.search": { path: "/organisations/search?q=nhs", get: everyone(200) },
  privacy: { path: "/privacy", get: everyone(200) },
  accessibility: { path: "/accessibility", get: everyone(200) },
  login: { path: "/login", get: signedOut(200), post: everyone("ok") },
  logout: { path: "/logout", get: everyone(302), post: everyone(302) },
  register: { path: "/register", get: signedOut(200), post: signedOut("ok") },
  "confirm-email.$token": { path: "/confirm-email/not-a-real-token", get: everyone(200), post: everyone(200) },
  "forgot-password": { path: "/forgot-password", get: everyone(200), post: everyone("ok") },
  "reset-password.$token": { path: "/reset-password/not-a-real-token", get: everyone(200), post: everyone(200) },
  "invitations.$token": { path: "/invitations/not-a-real-token", get: everyone(200), post: everyone(200) },
  "account._index": { path: "/account", get: signedIn(200), post: { ...signedIn(403), judge: "ok" } },
  "account.password": { path: "/account/password", get: signedIn(200), post: signedIn("ok") },
  "nominations._index": { path: "/nominations", get: only("entrant"), post: only("entrant", "ok") },
  "judging._index": { path: "/judging", get: only("judge") },
  "judging.statement": { path: "/judging/statement", get: only("judge"), post: only("judge", "ok") },
  "judging.conflicts": { path: "/judging/conflicts", get: only("judge"), post: only("judge", "ok") },
  "judging.entries.$code": { path: "/judging/entries/{code}", get: only("judge"), post: only("judge", "ok"), judging: true },
  "judging.final._index": { path: "/judging/final", get: only("judge"), judging: true },
  // No final round yet on the judging server: a code is not found for the judge either way.
  "judging.final.$code": { path: "/judging/final/{code}", get: only("judge", 404), post: only("judge", 404), judging: true },
  "judging.entries.$code_.recuse": { path: "/judging/entries/{code}/recuse", get: only("judge"), post: only("judge", "ok"), judging: true },
  "admin._index": { path: "/admin", get: only("admin") },
  "admin.users._index": { path: "/admin/users", get: only("admin") },
  "admin.users.$userId": { path: "/admin/users/{userId}", get: only("admin"), post: only("admin", "ok") },
  "admin.organisations._index": { path: "/admin/organisations", get: only("admin") },
  "admin.organisations.new": { path: "/admin/organisations/new", get: only("admin"), post: only("admin", "ok") },
  "admin.organisations.$organisationId": { path: "/admin/organisations/{organisationId}", get: only("admin"), post: only("admin", "ok") },
  "admin.invitations": { path: "/admin/invitations", get: only("admin"), post: only("admin", "ok") },
  "admin.organisation-requests": { path: "/admin/organisation-requests", get: only("admin"), post: only("admin", "ok") },
  "admin.audit": { path: "/admin/audit", get: only("admin") },
  "admin.outbox": { path: "/admin/outbox", get: only("admin"), post: only("admin", "ok") },
  "winners._index": { path: "/winners", get: everyone(200) },
  "winners.$year._index": { path: "/winners/2018", get: everyone(200) },
  "winners.$year.$slug": { path: "/winners/{entryYear}/{entrySlug}", get: everyone(200) },
  "winners[.]atom": { path: "/winners.atom", get: everyone(200) },
  "winners[.]json": { path: "/winners.json", get: everyone(200) },
  "winners[.]csv": { path: "/winners.csv", get: everyone(200) },
  "sitemap[.]xml": { path: "/sitemap.xml", get: everyone(200) },
  "sitemaps.$part": { path: "/sitemaps/1.xml", get: everyone(200) },
  "robots[.]txt": { path: "/robots.txt", get: everyone(200) },
  "admin.archive._index": { path: "/admin/archive", get: only("admin") },
  "admin.archive.import": { path: "/admin/archive/import", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.years.$year": { path: "/admin/archive/years/2022", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.new": { path: "/admin/archive/entries/new", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.$entryId": { path: "/admin/archive/entries/{entryId}", get: only("admin"), post: only("admin", "ok") },
  "admin.archive.entries.$entryId_.versions": { path: "/admin/archive/entries/{entryId}/versions", get: only("admin") },
  "admin.cycles._index": { path: "/admin/cycles", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId": { path: "/admin/cycles/{cycleId}", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId_.nominations": { path: "/admin/cycles/{cycleId}/nominations", get: only("admin") },
  "admin.cycles.$cycleId_.nominations[.]csv": { path: "/admin/cycles/{cycleId}/nominations.csv", get: only("admin") },
  "admin.cycles.$cycleId_.judging": { path: "/admin/cycles/{cycleId}/judging", get: only("admin"), post: only("admin", "ok"), judging: true },
  "admin.cycles.$cycleId_.judging_.assignment": { path: "/admin/cycles/{cycleId}/judging/assignment", get: only("admin"), post: only("admin", "ok"), judging: true },
  "admin.cycles.$cycleId_.judging_.release": { path: "/admin/cycles/{cycleId}/judging/release", get: only("admin"), post: only("admin", "ok"), judging: true },
  "admin.cycles.$cycleId_.judging_.second-look": { path: "/admin/cycles/{cycleId}/judging/second-look", get: only("admin"), post: only("admin", "ok"), judging: true },
  "admin.cycles.$cycleId_.judging_.entries.$nominationId": {
    path: "/admin/cycles/{cycleId}/judging/entries/{nominationId}",
    get: only("admin"),
    post: only("admin", "ok"),
    judging: true,
  },
  "admin.cycles.$cycleId_.results": { path: "/admin/cycles/{cycleId}/results", get: only("admin"), judging: true },
  "admin.cycles.$cycleId_.results[.]csv": { path: "/admin/cycles/{cycleId}/results.csv", get: only("admin"), judging: true },
  "admin.cycles.$cycleId_.scores[.]csv": { path: "/admin/cycles/{cycleId}/scores.csv", get: only("admin"), judging: true },
  "admin.cycles.$cycleId_.shortlist": { path: "/admin/cycles/{cycleId}/shortlist", get: only("admin"), post: only("admin", "ok"), judging: true },
  // The shortlisting meeting: the secretariat only; no judge sees any of it (decision 033).
  "admin.cycles.$cycleId_.shortlist_.meeting": { path: "/admin/cycles/{cycleId}/shortlist/meeting", get: only("admin"), post: only("admin", "ok"), judging: true },
  "admin.cycles.$cycleId_.final": { path: "/admin/cycles/{cycleId}/final", get: only("admin"), post: only("admin", "ok"), judging: true },
  // No shortlist is confirmed on the judging server, so there is no case study to show the admin yet.
  "admin.cycles.$cycleId_.case-studies.$nominationId": {
    path: "/admin/cycles/{cycleId}/case-studies/{nominationId}",
    get: only("admin", 404),
    post: only("admin", 404),
    judging: true,
  },
  "admin.nominations.$nominationId": { path: "/admin/nominations/{nominationId}", get: only("admin"), post: only("admin", "ok") },
  "nominations.$nominationId": { path: "/nominations/{nominationId}", get: ownNomination(), post: ownNomination("ok") },
  "nominations.$nominationId_.submit": { path: "/nominations/{nominationId}/submit", get: ownNomination(), post: ownNomination("ok") },
  "nominations.$nominationId_.judges-copy": { path: "/nominations/{nominationId}/judges-copy", get: ownNomination(), post: ownNomination("ok") },
  "nominations.$nominationId_.receipt": { path: "/nominations/{nominationId}/receipt", get: ownNomination("ok"), post: ownNomination("ok") },
  "nominations.$nominationId_.withdraw": { path: "/nominations/{nominationId}/withdraw", get: ownNomination(), post: ownNomination("ok") },
  "organisation.members": { path: "/organisation/members", get: approvedMember(), post: approvedMember("ok") },
  "endorse.$token": { path: "/endorse/not-a-real-token", get: everyone(200), post: everyone(200) },
  "admin.agreement": { path: "/admin/agreement", get: only("admin") },
  "winners.charts": { path: "/winners/charts", get: everyone(200) },
  "admin.judges": { path: "/admin/judges", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId_.learning": { path: "/admin/cycles/{cycleId}/learning", get: only("admin"), post: only("admin", "ok") },
  // On the judging server, where the admin's press is refused (the cycle is not open) rather than closing the shared demo cycle.
  "admin.cycles.$cycleId_.close-nominations": { path: "/admin/cycles/{cycleId}/close-nominations", get: only("admin"), post: only("admin", "ok"), judging: true },
  // Feedback to entrants (decision 038). Nothing is announced on this server, so there is no feedback:
  // the secretariat's list says so, one entry's feedback does not exist, nor does the entrant's page.
  "admin.cycles.$cycleId_.feedback": { path: "/admin/cycles/{cycleId}/feedback", get: only("admin"), post: only("admin", "ok") },
  "admin.cycles.$cycleId_.feedback_.$nominationId": { path: "/admin/cycles/{cycleId}/feedback/{nominationId}", get: only("admin", 404), post: only("admin", 404) },
  "nominations.$nominationId_.feedback": { path: "/nominations/{nominationId}/feedback", get: ownNomination(404) },
  // The matrix's judge has submitted a score sheet in the demo, so the practice sheet is closed to them
  // (403 with the reason); tests/integration/practice.test.ts posts one that is open.
  "judging.practice": { path: "/judging/practice", get: only("judge"), post: only("judge", 403), judging: true },
  // The final round's check before submitting: no final round on the judging server, so no finalist's code is found for the judge.
  "judging.final.$code_.check": { path: "/judging/final/{code}/check", get: only("judge", 404), post: only("judge", 404), judging: true },
  // A judge's sheet that is not a draft sends them back to it (302); a post without the revision checked is refused (409).
  "judging.entries.$code_.check": { path: "/judging/entries/{code}/check", get: only("judge", "ok"), post: only("judge", "ok"), judging: true },
  // One part of the nomination's task list (issue 18): the same guard as the task list itself.
  "nominations.$nominationId_.$part": { path: "/nominations/{nominationId}/leads", get: ownNomination(), post: ownNomination("ok") },
};


/** Checks one answer against the expected outcome. */
export async function checkOutcome(res: Response, expected: Outcome, isData: boolean) {
  const location = res.headers.get("location") ?? "";
  if (expected === "ok") {
    expect(res.status, `answered ${res.status} ${location}`).toBeLessThan(500);
    expect([401, 403, 404]).not.toContain(res.status);
    expect(location.startsWith("/login?")).toBe(false);
    return;
  }
  // Single fetch answers a redirect to a data request with 202 and the redirect in the body.
  expect(res.status).toBe(isData && expected === 302 ? 202 : expected);
}
