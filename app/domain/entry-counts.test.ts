import { describe, expect, it } from "vitest";
import { entryCounts, NOT_RECORDED } from "./entry-counts";

describe("a cycle's entries by region and type", () => {
  const entries = [
    { region: "London", type: "acute", finalist: true, winner: true },
    { region: "London", type: "mental_health", finalist: false, winner: false },
    { region: "North West", type: "acute", finalist: true, winner: false },
    { region: null, type: "ambulance", finalist: false, winner: false },
    { region: "North West", type: null, finalist: false, winner: false },
    { region: "North West", type: "acute", finalist: false, winner: false },
  ];

  it("counts entries, finalists and winners per region, most entries first and the unrecorded last", () => {
    const counts = entryCounts(entries);
    expect(counts.byRegion).toEqual([
      { group: "North West", entries: 3, finalists: 1, winners: 0 },
      { group: "London", entries: 2, finalists: 1, winners: 1 },
      { group: NOT_RECORDED, entries: 1, finalists: 0, winners: 0 },
    ]);
  });

  it("counts per organisation type in the award's words", () => {
    const counts = entryCounts(entries);
    expect(counts.byType.map((r) => [r.group, r.entries, r.finalists, r.winners])).toEqual([
      ["Acute trust", 3, 2, 1],
      ["Ambulance service", 1, 0, 0],
      ["Mental health trust", 1, 0, 0],
      [NOT_RECORDED, 1, 0, 0],
    ]);
    expect(counts.total).toEqual({ group: "All entries", entries: 6, finalists: 2, winners: 1 });
  });

  it("says nothing when there were no entries", () => {
    expect(entryCounts([])).toEqual({ byRegion: [], byType: [], total: { group: "All entries", entries: 0, finalists: 0, winners: 0 } });
  });
});
