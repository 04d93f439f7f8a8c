import { describe, expect, it } from "vitest";
import { formatUkClock, formatUkDate, formatUkDateTime, formatUkDeadline, ukToUtc, utcToUk } from "./uk-time";

describe("UK time", () => {
  it("is GMT in winter and BST in summer", () => {
    expect(ukToUtc("2027-01-15", "17:00")).toBe("2027-01-15T17:00:00.000Z");
    expect(ukToUtc("2027-05-13", "17:00")).toBe("2027-05-13T16:00:00.000Z");
    expect(utcToUk("2027-05-13T16:00:00.000Z")).toEqual({ date: "2027-05-13", time: "17:00" });
  });

  it("handles the days the clocks change", () => {
    // 28 March 2027: 01:00 GMT becomes 02:00 BST.
    expect(ukToUtc("2027-03-28", "00:30")).toBe("2027-03-28T00:30:00.000Z");
    expect(ukToUtc("2027-03-28", "03:00")).toBe("2027-03-28T02:00:00.000Z");
    expect(ukToUtc("2027-03-28", "01:30")).toBe("2027-03-28T00:30:00.000Z");
    // 31 October 2027: 02:00 BST becomes 01:00 GMT; 01:30 happens twice and the first is taken.
    expect(ukToUtc("2027-10-31", "01:30")).toBe("2027-10-31T00:30:00.000Z");
    expect(ukToUtc("2027-10-31", "03:00")).toBe("2027-10-31T03:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(() => ukToUtc("2027-02-30x", "17:00")).toThrow(RangeError);
    expect(() => ukToUtc("2027-05-13", "5pm")).toThrow(RangeError);
  });

  it("writes a deadline the way NHS services do", () => {
    expect(formatUkDeadline("2027-05-13T16:00:00.000Z")).toBe("5pm on Thursday 13 May 2027");
    expect(formatUkDeadline("2027-01-15T12:00:00.000Z")).toBe("midday on Friday 15 January 2027");
    expect(formatUkDeadline("2027-01-15T09:30:00.000Z")).toBe("9:30am on Friday 15 January 2027");
  });
});

describe("times shown to people, in UK time", () => {
  it("reads a stored UTC time on the UK's clock, in summer time and out of it", () => {
    expect(formatUkDateTime("2027-05-13T16:00:00.000Z")).toBe("13 May 2027, 17:00");
    expect(formatUkDateTime("2026-11-21T06:00:00.000Z")).toBe("21 Nov 2026, 06:00");
    expect(formatUkClock("2027-05-13T23:30:00.000Z")).toBe("00:30");
    expect(formatUkClock("2026-12-02T09:05:00.000Z")).toBe("09:05");
  });

  it("gives a save's clock time within a minute, for a time not in UTC, and across the clocks going forward", () => {
    expect(formatUkClock("2027-03-28T00:59:10.000Z")).toBe("00:59");
    expect(formatUkClock("2027-03-28T00:59:50.123Z")).toBe("00:59");
    expect(formatUkClock("2027-03-28T00:59:40+01:00")).toBe("23:59");
    expect(formatUkClock("2027-03-28T01:00:05.000Z")).toBe("02:00");
    expect(formatUkClock("2027-03-28T01:00:59.999Z")).toBe("02:00");
  });

  it("gives the UK date, which late on a summer evening is already the next day", () => {
    expect(formatUkDate("2027-05-13T23:30:00.000Z")).toBe("14 May 2027");
    expect(formatUkDate("2026-12-31T23:30:00.000Z")).toBe("31 Dec 2026");
  });
});
