// Who belongs to an organisation: the rules for asking to join, deciding, removing, and the e-mail
// domains that may stand for an organisation. Pure, so the models, the forms and the tests share them.
import type { MembershipStatus } from "./vocabulary";

export type { MembershipStatus };

/**
 * Domains anyone (or many organisations) can have an address at: an address there says nothing about
 * where its owner works, so none of them may ever approve a membership, nor may any subdomain of them
 * (an nhs.net address is no proof of working at any one trust).
 */
export const SHARED_EMAIL_DOMAINS = [
  "nhs.net",
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "outlook.co.uk",
  "hotmail.com",
  "hotmail.co.uk",
  "live.com",
  "live.co.uk",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "aol.co.uk",
  "btinternet.com",
  "sky.com",
  "virginmedia.com",
  "talktalk.net",
  "protonmail.com",
  "proton.me",
  "gmx.com",
  "gmx.co.uk",
  "mail.com",
  "zoho.com",
  // Trade unions: their officers act for members across many employers.
  "unison.co.uk",
  "unison.org.uk",
  "rcn.org.uk",
  "unitetheunion.org",
  "gmb.org.uk",
] as const;

/**
 * Parents under which each organisation has its own subdomain (mft.nhs.uk is one trust's): the parent
 * itself is shared and refused, a subdomain of it may be recorded.
 */
export const SHARED_PARENT_DOMAINS = ["nhs.uk", "nhs.scot", "nhs.wales", "wales.nhs.uk", "hscni.net", "gov.uk", "gov.scot", "gov.wales", "ac.uk", "co.uk", "org.uk"] as const;

/** The domain of an address, lower case ("a@Trust.NHS.uk" gives "trust.nhs.uk"), or null if it has none. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf("@");
  if (at < 1) return null;
  return normaliseDomain(email.trim().slice(at + 1));
}

/** A domain as typed ("@Example.NHS.UK.", " example.nhs.uk ") in its one stored form. */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@+/, "").replace(/\.+$/, "");
}

const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isWellFormedDomain(domain: string): boolean {
  return DOMAIN_PATTERN.test(domain);
}

/** True for a shared domain or any subdomain of one, and for a parent such as nhs.uk itself. */
export function isSharedEmailDomain(domain: string): boolean {
  const d = normaliseDomain(domain);
  return SHARED_EMAIL_DOMAINS.some((shared) => d === shared || d.endsWith(`.${shared}`)) || (SHARED_PARENT_DOMAINS as readonly string[]).includes(d);
}

/** Why a domain cannot be recorded as an organisation's own, or null when it can. */
export function organisationDomainProblem(domain: string): string | null {
  const d = normaliseDomain(domain);
  if (!d) return "Enter the email domain, like northmoor-valley.nhs.uk";
  if (!isWellFormedDomain(d)) return "Enter the email domain as it appears after the @, like northmoor-valley.nhs.uk";
  if (isSharedEmailDomain(d)) {
    return `${d} is shared by many organisations or by anyone, so an address there does not show where someone works. Record only a domain that this organisation alone uses`;
  }
  return null;
}

/** Whether an address belongs to one of the organisation's own domains (exactly, or a subdomain of one). */
export function emailMatchesDomains(email: string, domains: readonly string[]): boolean {
  const d = emailDomain(email);
  if (!d || isSharedEmailDomain(d)) return false;
  return domains.some((own) => d === own || d.endsWith(`.${own}`));
}

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  pending: "Waiting for a decision",
  approved: "Member",
  declined: "Declined",
  removed: "Removed",
};

/** What the person who registers is told: the same whether or not the organisation has members or has entered. */
export function joinRequestMessage(organisationName: string): string {
  return `Your request to join ${organisationName} will be checked by the SPF secretariat or a member of ${organisationName}.`;
}

/**
 * Why a member may not remove this membership, or null when they may. The secretariat may remove
 * anyone; a member may not remove the last approved member, which would leave no one to decide.
 */
export function removalProblem({ byAdmin, approvedMembers }: { byAdmin: boolean; approvedMembers: number }): string | null {
  if (byAdmin) return null;
  if (approvedMembers <= 1) return "You are the only member of your organisation. Ask the SPF secretariat to remove you";
  return null;
}
