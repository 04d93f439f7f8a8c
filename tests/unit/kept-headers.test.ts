// The signed-in copy's header is rendered once for each name, set of roles and path.
import { describe, expect, it } from "vitest";
import { keptHeaders } from "../../server/signed-in-page";

describe("kept headers", () => {
  it("renders a header once for the same name, roles and path, and anew when any of them differs", () => {
    const renders: string[] = [];
    const header = keptHeaders((user, pathname) => {
      const html = `${user.name}|${user.roles.join(",")}|${pathname}`;
      renders.push(html);
      return html;
    }, 3);
    expect(header({ name: "Ann", roles: ["judge"] }, "/winners")).toBe("Ann|judge|/winners");
    expect(header({ name: "Ann", roles: ["judge"] }, "/winners")).toBe("Ann|judge|/winners");
    expect(renders).toHaveLength(1);
    expect(header({ name: "Ann", roles: ["judge", "admin"] }, "/winners")).toBe("Ann|judge,admin|/winners");
    expect(header({ name: "Ann", roles: ["judge"] }, "/winners/2019")).toBe("Ann|judge|/winners/2019");
    expect(header({ name: "Bea", roles: ["judge"] }, "/winners")).toBe("Bea|judge|/winners");
    expect(renders).toHaveLength(4);
    // Full at three: kept afresh, so the first is rendered again.
    header({ name: "Ann", roles: ["judge"] }, "/winners");
    expect(renders).toHaveLength(5);
  });
});
