import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, parseForm } from "./forms.server";
import { secondLookChoice } from "./judging-forms.server";

function form(fields: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

const Ticks = z.object({ judge: z.array(z.string().regex(/^[0-9]+$/, "Choose judges from the list")), note: z.string().default("") });

describe("parsing a form with a group of checkboxes", () => {
  it("gives the schema every ticked value of a repeated name, and an empty list when none is ticked", () => {
    const both = parseForm(Ticks, form([["judge", "3"], ["judge", "7"], ["note", "x"]]), { repeated: ["judge"] });
    expect(both).toEqual({ ok: true, data: { judge: ["3", "7"], note: "x" } });
    expect(parseForm(Ticks, form([["note", "x"]]), { repeated: ["judge"] })).toEqual({ ok: true, data: { judge: [], note: "x" } });
  });

  it("keeps every ticked value, comma-joined, when the form is refused, so the page ticks them again", () => {
    const refused = parseForm(Ticks, form([["judge", "3"], ["judge", "seven"], ["note", "kept"]]), { repeated: ["judge"] });
    expect(refused).toEqual({ ok: false, errors: { judge: "Choose judges from the list" }, values: { judge: "3,seven", note: "kept" } });
  });

  it("leaves a file out of a repeated name, and keeps the last value of a name not declared repeated", () => {
    expect(parseForm(Ticks, form([["judge", new Blob(["x"])], ["judge", "4"]]), { repeated: ["judge"] })).toEqual({ ok: true, data: { judge: ["4"], note: "" } });
    expect(formValues(form([["note", "a"], ["note", "b"]]))).toEqual({ note: "b" });
  });
});

describe("the second look's choice", () => {
  const choice = (query: string) => secondLookChoice(new URLSearchParams(query));

  it("takes each ticked entry once, drops what is not an id, and reads the extra sheets", () => {
    expect(choice("entry=4&entry=4&entry=x&entry=0&entry=9&extra=3")).toEqual({ entryIds: [4, 9], extra: 3, override: false, errors: {} });
  });

  it("uses the default number of sheets when none is given, and says so when the number is wrong, keeping the entries", () => {
    expect(choice("entry=4").extra).toBe(2);
    expect(choice("entry=4&extra=").errors).toEqual({});
    for (const extra of ["0", "6", "abc", "%20", "003"]) {
      expect(choice(`entry=4&extra=${extra}`)).toEqual({ entryIds: [4], extra: 2, override: false, errors: { extra: "Enter a whole number of extra sheets from 1 to 5" } });
    }
  });

  it("asks for an entry when none is ticked, and reads the override only when it is yes", () => {
    expect(choice("extra=2").errors).toEqual({ entry: "Select at least one entry for a second look" });
    expect(choice("entry=1&override=yes").override).toBe(true);
    expect(choice("entry=1&override=no").override).toBe(false);
  });
});
