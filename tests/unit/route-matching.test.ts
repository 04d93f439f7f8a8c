import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { keptMatchRoutes } from "../../server/route-matching";

const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as { matchRoutes: Parameters<typeof keptMatchRoutes>[0] };

/** A tree shaped like the app's: a root, pathless layouts, index routes, parameters and a splat. */
const routes = () => [
  {
    id: "root",
    path: "",
    children: [
      { id: "routes/_index", index: true },
      { id: "routes/winners", path: "winners", children: [{ id: "routes/winners._index", index: true }] },
      { id: "routes/winners.$year", path: "winners/:year" },
      { id: "routes/winners.$year.$slug", path: "winners/:year/:slug" },
      { id: "routes/winners[.json]", path: "winners.json" },
      { id: "routes/_judge", children: [{ id: "routes/_judge.judging.entries.$code", path: "judging/entries/:code" }] },
      { id: "routes/Login", path: "Login", caseSensitive: true },
      { id: "routes/$", path: "*" },
    ],
  },
];

const paths = ["/", "/winners", "/winners/", "/winners/2019", "/winners/2019/a-trust%20b", "/winners.json", "/judging/entries/AB12", "/Login", "/login", "/nothing/here", "/winners/2019?q=x#top", ""];

describe("route matching kept per path", () => {
  it("gives what @remix-run/router's matchRoutes gives, for every path, asked once or again", () => {
    const kept = keptMatchRoutes(matchRoutes);
    for (const round of [1, 2]) {
      const tree = routes();
      for (const path of paths) {
        expect(kept(tree, path), `${path} (round ${round})`).toEqual(matchRoutes(tree, path));
        expect(kept(tree, { pathname: path }), `${path} as a location`).toEqual(matchRoutes(tree, { pathname: path }));
      }
      expect(kept(tree, "/app/winners/2019", "/app")).toEqual(matchRoutes(tree, "/app/winners/2019", "/app"));
    }
  });

  it("matches a path once, then answers from what it kept, on the caller's own route objects", () => {
    const original = vi.fn(matchRoutes);
    const kept = keptMatchRoutes(original);
    const first = routes();
    const again = routes();
    kept(first, "/winners/2019/some-trust");
    const answer = kept(again, "/winners/2019/some-trust?page=2")!;
    expect(original).toHaveBeenCalledTimes(1);
    expect(answer.at(-1)!.route).toBe(again[0].children[3]);
    // Each answer is the caller's to change.
    answer[1].params.slug = "changed";
    expect(kept(first, "/winners/2019/some-trust")![1].params.slug).toBe("some-trust");
  });

  it("keeps a bounded number of paths, dropping the least recently used", () => {
    const original = vi.fn(matchRoutes);
    const kept = keptMatchRoutes(original, 3);
    const tree = routes();
    for (const path of ["/a", "/b", "/c"]) kept(tree, path);
    kept(tree, "/a");
    kept(tree, "/d");
    expect(original).toHaveBeenCalledTimes(4);
    kept(tree, "/a");
    expect(original).toHaveBeenCalledTimes(4);
    kept(tree, "/b");
    expect(original).toHaveBeenCalledTimes(5);
  });

  it("leaves routes without ids to matchRoutes itself", () => {
    const original = vi.fn(matchRoutes);
    const kept = keptMatchRoutes(original);
    const tree = [{ path: "/x" }];
    kept(tree, "/x");
    kept(tree, "/x");
    expect(original).toHaveBeenCalledTimes(2);
  });
});
