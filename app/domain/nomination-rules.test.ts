import { describe, expect, it } from "vitest";
import { leadIdentityProblems, mailboxKey } from "./nomination-rules";

describe("mailboxKey", () => {
  it("ignores case, surrounding spaces and a +tag", () => {
    expect(mailboxKey("  Entrant+Nominations@Northmoor.NHS.uk ")).toBe("entrant@northmoor.nhs.uk");
  });

  it("unquotes a local part that needs no quotes, as mail servers do", () => {
    expect(mailboxKey('"entrant"@org.test')).toBe("entrant@org.test");
    expect(mailboxKey('"Entrant.Name"@Org.Test')).toBe("entrant.name@org.test");
    expect(mailboxKey('"entr\\ant"@org.test')).toBe("entrant@org.test");
    expect(mailboxKey('"entrant+x"@org.test')).toBe("entrant@org.test");
  });

  it("keeps the quotes of a local part that needs them", () => {
    expect(mailboxKey('"two words"@org.test')).toBe('"two words"@org.test');
    expect(mailboxKey('"a..b"@org.test')).toBe('"a..b"@org.test');
    expect(mailboxKey('".entrant"@org.test')).not.toBe("entrant@org.test");
    expect(mailboxKey('"a+b c"@org.test')).toBe('"a+b c"@org.test');
  });

  it("drops a trailing dot from the domain, and lower-cases it", () => {
    expect(mailboxKey("entrant@Org.Test.")).toBe("entrant@org.test");
    expect(mailboxKey('"entrant"@org.test.')).toBe("entrant@org.test");
  });
});

describe("leadIdentityProblems", () => {
  const entrant = "entrant@northmoor-valley.demo.test";
  it("refuses an entrant as a lead however the address is written", () => {
    for (const written of ['"entrant"@northmoor-valley.demo.test', "entrant@northmoor-valley.demo.test.", "ENTRANT+lead@Northmoor-Valley.demo.test"]) {
      const problems = leadIdentityProblems({ employer_lead_email: written, staff_lead_email: "staff.lead@northmoor-valley.demo.test" }, [entrant]);
      expect(problems.employer_lead_email).toContain("must not be the address of anyone entering this nomination");
    }
  });

  it("refuses the same person as both leads however the second is written", () => {
    const problems = leadIdentityProblems({ employer_lead_email: "lead@org.test", staff_lead_email: '"lead"@org.test.' }, [entrant]);
    expect(problems.staff_lead_email).toContain("must be different from the employer lead's");
  });
});
