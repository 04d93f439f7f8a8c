// A judges' copy records what it was built from and under which redaction rules, so a copy made under
// older rules shows as out of date on its review page and is rebuilt before release (decision 035).
import { describe, expect, it } from "vitest";
import { REDACTION_RULES_VERSION } from "~/domain/redaction";
import { sourceHash, type RedactionSource } from "~/models/judging-entries.server";

const source: RedactionSource = {
  subject: { organisation: { name: "Eastbrook Hospitals NHS Trust" }, people: ["Dana Whitfield"], identifyingTerms: [], extraTerms: [], otherOrganisations: [], places: [] } as unknown as RedactionSource["subject"],
  title: "Rotas agreed in partnership",
  sections: [{ sectionId: 1, title: "Summary", text: "Reps and managers wrote the rota together." }],
};

describe("the judges' copy's source", () => {
  it("is the same for the same entry under the same rules", () => {
    expect(sourceHash(source)).toBe(sourceHash(structuredClone(source)));
    expect(sourceHash(source)).toBe(sourceHash(source, REDACTION_RULES_VERSION));
  });

  it("changes when the redaction rules change, as when the entry's text does", () => {
    expect(sourceHash(source, "an older version of the rules")).not.toBe(sourceHash(source));
    expect(sourceHash({ ...source, title: "Rotas agreed" })).not.toBe(sourceHash(source));
  });
});
