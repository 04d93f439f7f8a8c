import { describe, expect, it } from "vitest";
import { can, navigationFor } from "./permissions";

describe("permissions", () => {
  it("lets each role use only its own area", () => {
    expect(can(["entrant"], "nominations:use")).toBe(true);
    expect(can(["entrant"], "judging:use")).toBe(false);
    expect(can(["entrant"], "admin:use")).toBe(false);
    expect(can(["judge"], "judging:use")).toBe(true);
    expect(can(["judge"], "admin:use")).toBe(false);
    expect(can(["admin"], "admin:use")).toBe(true);
    expect(can(["admin"], "judging:use")).toBe(false);
    expect(can([], "nominations:use")).toBe(false);
  });

  it("gives someone with several roles the navigation of each", () => {
    expect(navigationFor(["judge", "admin"]).map((i) => i.label)).toEqual(["Judging", "Admin"]);
    expect(navigationFor(["entrant"]).map((i) => i.href)).toEqual(["/nominations"]);
    expect(navigationFor([])).toEqual([]);
  });
});
