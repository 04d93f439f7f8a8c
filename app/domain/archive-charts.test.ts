// The archive's charts count only what the archive records, and say where something is not recorded.
import { describe, expect, it } from "vitest";
import { axisScale, NOT_RECORDED, rowsByGroup, rowsByYear } from "./archive-charts";

describe("the archive's chart rows", () => {
  it("adds up each group's results, largest first, with the entries whose group is not recorded last", () => {
    const rows = rowsByGroup(
      [
        { group: "London", result: "winner", count: 1 },
        { group: "London", result: "finalist", count: 2 },
        { group: null, result: "finalist", count: 4 },
        { group: "North West", result: "finalist", count: 5 },
        { group: "", result: "winner", count: 1 },
      ],
      (k) => k.toUpperCase(),
    );
    expect(rows.map((r) => [r.label, r.total])).toEqual([["NORTH WEST", 5], ["LONDON", 3], [NOT_RECORDED, 5]]);
    expect(rows[1].counts).toEqual({ winner: 1, highly_commended: 0, finalist: 2 });
  });

  it("lists every year from the first to the last, a year with nothing recorded at 0", () => {
    const rows = rowsByYear([{ group: "2010", result: "winner", count: 1 }, { group: "2013", result: "finalist", count: 3 }], [2010, 2011]);
    expect(rows.map((r) => [r.label, r.total])).toEqual([["2010", 1], ["2011", 0], ["2012", 0], ["2013", 3]]);
  });

  it("rounds the axis up to a step of 1, 2 or 5", () => {
    expect(axisScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(axisScale(23)).toEqual({ max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(axisScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(axisScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
