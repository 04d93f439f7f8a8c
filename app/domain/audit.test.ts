import { describe, expect, it } from "vitest";
import { auditDetailLines } from "./audit";

describe("an audit entry's details", () => {
  it("read as one 'key: value' line per field, text as it is and anything else as JSON", () => {
    expect(auditDetailLines(JSON.stringify({ subject: "Reset your password", organisationId: 7, decisions: [{ result: "winner" }] }))).toEqual([
      "subject: Reset your password",
      "organisationId: 7",
      'decisions: [{"result":"winner"}]',
    ]);
  });

  it("are shown as stored when they are not a JSON object, and not at all when empty", () => {
    expect(auditDetailLines("moved by hand")).toEqual(["moved by hand"]);
    expect(auditDetailLines("[1,2]")).toEqual(["[1,2]"]);
    expect(auditDetailLines("")).toEqual([]);
    expect(auditDetailLines(null)).toEqual([]);
  });
});
