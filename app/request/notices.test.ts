import { describe, expect, it } from "vitest";
import { defineNotices } from "./notices.server";

const notices = defineNotices({
  moved: "The announcement has been moved",
  panel: (count) => ({ title: "The final-round panel has been saved", lines: [`${count("assigned") ?? 0} assigned`, ...(count("skipped") ? [`${count("skipped")} skipped`] : [])] }),
});

describe("the success banner after a redirect", () => {
  it("writes the kind and its counts into the page's address", () => {
    expect(notices.href("/admin/cycles/3/final", "panel", { assigned: 4, skipped: 1 })).toBe("/admin/cycles/3/final?notice=panel&assigned=4&skipped=1");
    expect(notices.href("/admin/cycles/3/final", "moved")).toBe("/admin/cycles/3/final?notice=moved");
    expect(notices.href("/admin/cycles/3/final?seed=2", "moved")).toBe("/admin/cycles/3/final?seed=2&notice=moved");
  });

  it("reads the address back into the page's message", () => {
    expect(notices.from(new Request("http://x/admin?notice=moved"))).toEqual({ title: "The announcement has been moved", lines: [] });
    expect(notices.from(new URL("http://x/admin?notice=panel&assigned=4&skipped=1"))).toEqual({ title: "The final-round panel has been saved", lines: ["4 assigned", "1 skipped"] });
  });

  it("ignores a kind the page does not have and counts that are not small whole numbers", () => {
    expect(notices.from(new URL("http://x/admin?notice=published"))).toBeNull();
    expect(notices.from(new URL("http://x/admin?notice=toString"))).toBeNull();
    expect(notices.from(new URL("http://x/admin"))).toBeNull();
    expect(notices.from(new URL("http://x/admin?notice=panel&assigned=-1&skipped=1e3"))?.lines).toEqual(["0 assigned"]);
    expect(notices.from(new URL("http://x/admin?notice=panel&assigned=100001"))?.lines).toEqual(["0 assigned"]);
  });

  it("carries a short text, such as the name of the person invited, trimmed and at most 200 characters", () => {
    const invited = defineNotices({ invited: (_count, text) => ({ title: `Invitation sent to ${text("name") ?? "them"}`, lines: [] }) });
    expect(invited.href("/admin/invitations", "invited", { name: "Priya Sharma" })).toBe("/admin/invitations?notice=invited&name=Priya+Sharma");
    expect(invited.from(new URL("http://x/admin/invitations?notice=invited&name=+Priya+Sharma+"))?.title).toBe("Invitation sent to Priya Sharma");
    expect(invited.from(new URL(`http://x/admin/invitations?notice=invited&name=${"a".repeat(300)}`))?.title).toBe(`Invitation sent to ${"a".repeat(200)}`);
    expect(invited.from(new URL("http://x/admin/invitations?notice=invited&name=+"))?.title).toBe("Invitation sent to them");
  });

  it("can use the name a page's addresses already had", () => {
    const saved = defineNotices({ dates: "The dates have been saved" }, { param: "saved" });
    expect(saved.href("/admin/cycles/1", "dates")).toBe("/admin/cycles/1?saved=dates");
    expect(saved.kindFrom(new URL("http://x/admin/cycles/1?saved=dates"))).toBe("dates");
    expect(saved.from(new URL("http://x/admin/cycles/1?notice=dates"))).toBeNull();
  });

  it("shows the page's own data, and says nothing when the address lacks what the notice needs", () => {
    const caseStudy = defineNotices({
      saved: (_count, _text, draft: { version: number }) => ({ title: `Your changes have been saved as version ${draft.version}`, lines: [] }),
      unchanged: { title: "Nothing was changed", lines: ["The case study is the same as before."], plain: true },
      year: (count) => (count("year") === null ? null : { title: `The details of ${count("year")} have been saved`, lines: [] }),
    });
    expect(caseStudy.from(new URL("http://x/c?notice=saved"), { version: 4 })?.title).toBe("Your changes have been saved as version 4");
    expect(caseStudy.from(new URL("http://x/c?notice=unchanged"), { version: 4 })).toEqual({ title: "Nothing was changed", lines: ["The case study is the same as before."], plain: true });
    expect(caseStudy.from(new URL("http://x/c?notice=year&year=2022"), { version: 1 })?.title).toBe("The details of 2022 have been saved");
    expect(caseStudy.from(new URL("http://x/c?notice=year"), { version: 1 })).toBeNull();
  });
});
