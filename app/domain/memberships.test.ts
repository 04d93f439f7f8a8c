import { describe, expect, it } from "vitest";
import { emailDomain, emailMatchesDomains, isSharedEmailDomain, organisationDomainProblem, removalProblem } from "./memberships";

describe("an organisation's own e-mail domains", () => {
  it("never accept a shared domain, a subdomain of a webmail one, or a parent such as nhs.uk", () => {
    for (const d of ["nhs.net", "NHS.UK", "@gmail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "mail.nhs.net", "nhs.scot", "hscni.net", "gov.uk"]) {
      expect(isSharedEmailDomain(d), d).toBe(true);
      expect(organisationDomainProblem(d), d).toMatch(/is shared by many organisations/);
    }
  });

  it("accept one organisation's own domain under a shared parent", () => {
    for (const d of ["mft.nhs.uk", "belfasttrust.hscni.net", "nhsggc.scot", "Eastbrook.NHS.uk."]) expect(organisationDomainProblem(d), d).toBeNull();
    expect(organisationDomainProblem("not a domain")).toMatch(/as it appears after the @/);
  });

  it("match an address on the domain or a subdomain of it, never a shared one", () => {
    expect(emailDomain("A.Person@Wards.Eastbrook.NHS.uk")).toBe("wards.eastbrook.nhs.uk");
    expect(emailMatchesDomains("a@wards.eastbrook.nhs.uk", ["eastbrook.nhs.uk"])).toBe(true);
    expect(emailMatchesDomains("a@noteastbrook.nhs.uk", ["eastbrook.nhs.uk"])).toBe(false);
    expect(emailMatchesDomains("a@nhs.net", ["nhs.net"])).toBe(false);
  });
});

describe("removing a member", () => {
  it("is refused to a member when it would leave no approved member, never to the secretariat", () => {
    expect(removalProblem({ byAdmin: false, approvedMembers: 1 })).toMatch(/Ask the SPF secretariat/);
    expect(removalProblem({ byAdmin: false, approvedMembers: 2 })).toBeNull();
    expect(removalProblem({ byAdmin: true, approvedMembers: 1 })).toBeNull();
  });
});
