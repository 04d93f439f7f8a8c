// docs/archive-data.md documents the exports' fields for the people who use them: it must name every
// column the code writes, or the two have drifted apart.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARCHIVE_COLUMNS, ARCHIVE_YEAR_FIELDS } from "~/domain/archive-export";

const doc = fs.readFileSync(path.resolve("docs/archive-data.md"), "utf8");

describe("docs/archive-data.md", () => {
  it("documents every column of the CSV and every field of the JSON, in the order they are written", () => {
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(ARCHIVE_COLUMNS.map((c) => c.name));
    for (const field of Object.keys(ARCHIVE_YEAR_FIELDS)) expect(doc, field).toContain(`\`${field}\``);
  });
});
