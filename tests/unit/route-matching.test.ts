import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { branchStaticHandlers, keptMatchRoutes } from "../../server/route-matching";

const { matchRoutes, createStaticHandler } = createRequire(import.meta.url)("@remix-run/router") as {
  matchRoutes: Parameters<typeof keptMatchRoutes>[0];
  createStaticHandler: Parameters<typeof branchStaticHandlers>[0];
};

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

/** The same tree with a loader on every route and an action on two, each saying which route it is. */
function routesWithData() {
  const withData = (list: ReturnType<typeof routes>[number]["children"]): unknown[] =>
    list.map((route) => ({
      ...route,
      loader: ({ params }: { params: Record<string, string> }) => ({ route: route.id, params }),
      ...(route.id.includes("$") ? { action: () => ({ acted: route.id }) } : {}),
      ...("children" in route && route.children ? { children: withData(route.children as typeof list) } : {}),
    }));
  return [{ ...routes()[0], loader: () => ({ route: "root" }), children: withData(routes()[0].children) }] as never[];
}

/** What a static handler's answer says, without its Request and functions. */
function summary(context: unknown) {
  if (context instanceof Response) return { status: context.status };
  const c = context as { matches: { route: { id: string }; params: unknown }[]; loaderData: unknown; actionData: unknown; errors: unknown; statusCode: number };
  return { matches: c.matches.map((m) => [m.route.id, m.params]), loaderData: c.loaderData, actionData: c.actionData, errors: c.errors, statusCode: c.statusCode };
}

describe("Remix's static handler over each request's branch of the routes", () => {
  it("answers every path, loaders and actions alike, as the handler of every route does", async () => {
    const tree = routesWithData();
    const whole = createStaticHandler(tree);
    const branches = branchStaticHandlers(createStaticHandler, keptMatchRoutes(matchRoutes))(tree);
    for (const path of ["/", "/winners", "/winners/2019", "/winners/2019/a-trust%20b", "/winners.json", "/judging/entries/AB12", "/Login", "/login", "/nothing/here"]) {
      for (const method of ["GET", "POST"]) {
        const request = () => new Request(`http://localhost${path}`, method === "POST" ? { method, body: new URLSearchParams({ a: "1" }) } : undefined);
        expect(summary(await branches.query(request())), `${method} ${path}`).toEqual(summary(await whole.query(request())));
      }
    }
  });

  it("makes a handler once per branch, holding that branch's routes alone", async () => {
    const original = vi.fn(createStaticHandler);
    const tree = routesWithData();
    const handler = branchStaticHandlers(original, keptMatchRoutes(matchRoutes))(tree);
    expect(original).toHaveBeenCalledTimes(1);
    await handler.query(new Request("http://localhost/winners/2019/some-trust"));
    await handler.query(new Request("http://localhost/winners/2020/another-trust"));
    expect(original).toHaveBeenCalledTimes(2);
    const branch = original.mock.calls[1][0] as { id: string; children?: { id: string; children?: unknown }[] }[];
    expect(branch.map((r) => r.id)).toEqual(["root"]);
    expect(branch[0].children!.map((r) => r.id)).toEqual(["routes/winners.$year.$slug"]);
    expect(branch[0].children![0].children).toBeUndefined();
  });
});
