// Remix matches the URL against every route several times a request: once in its request handler,
// once in its static handler, once as React renders the matched routes, and once more for each
// parent path while it lists the routes a page starts with (lazy route discovery). Each time
// @remix-run/router flattens all 80-odd routes, ranks them and compiles a regular expression per
// route: about a fifth of a signed-in page's server time (decision 036, session 8). Which routes match
// a path depends only on the path and the routes' ids, paths and nesting, so the matches are kept
// per path (a bounded cache, least recently used first out) and given back as fresh objects on the
// caller's own routes.
//
// Remix offers no option for this: its request handler, its React components and react-router all
// call `matchRoutes` through @remix-run/router's CommonJS exports, so that is where the kept version
// is put. Remix's static handler (which runs the loaders and actions) calls its own copy directly,
// over every route, once a request: a tenth of a score save's server time (decision 036, session 9).
// So the static handler Remix makes (through the same exports) is given each request's routes
// alone: the kept matches name the branch (root, layouts, the page), and a static handler made once
// for that branch (a few routes, not 80) does the request. Its own matching then finds the same
// branch, as a subset of the routes that holds the best match has the same best match.
import { createRequire } from "node:module";

type RouteLike = { id?: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: RouteLike[] };
type Match = { params: Record<string, string | undefined>; pathname: string; pathnameBase: string; route: RouteLike };
type MatchRoutes = (routes: RouteLike[], location: string | { pathname?: string }, basename?: string) => Match[] | null;
/** A match as kept: the route by its id, so that it can be given back on any copy of the routes. */
type KeptMatch = { id: string; params: Record<string, string | undefined>; pathname: string; pathnameBase: string };

/** Paths kept per set of routes: a visitor can make up any number of paths, so the cache is bounded. */
export const KEPT_PATHS = 2000;

const KEPT = Symbol.for("hpma.keptRouteMatches");

/** Each set of routes (a new array per request on the React side) with its shape and its routes by id. */
const shapes = new WeakMap<RouteLike[], { shape: string; byId: Map<string, RouteLike> } | null>();

/** What matching depends on, as text (routes without ids are not kept: null). */
function shapeOf(routes: RouteLike[]) {
  let known = shapes.get(routes);
  if (known !== undefined) return known;
  const byId = new Map<string, RouteLike>();
  const describe = (list: RouteLike[]): string | null => {
    let text = "";
    for (const route of list) {
      if (typeof route.id !== "string") return null;
      byId.set(route.id, route);
      const children = route.children?.length ? describe(route.children) : "";
      if (children === null) return null;
      text += `${JSON.stringify([route.id, route.path ?? null, route.index === true, route.caseSensitive === true])}[${children}]`;
    }
    return text;
  };
  const shape = describe(routes);
  known = shape === null ? null : { shape, byId };
  shapes.set(routes, known);
  return known;
}

/** The path part of a location, as @remix-run/router's parsePath takes it (no query, no fragment). */
function pathnameOf(location: string | { pathname?: string }): string {
  if (typeof location !== "string") return location.pathname || "/";
  let end = location.length;
  const hash = location.indexOf("#");
  if (hash >= 0) end = hash;
  const search = location.indexOf("?");
  if (search >= 0 && search < end) end = search;
  return location.slice(0, end) || "/";
}

/** matchRoutes with its answers kept per path; the same answers, as fresh objects each time. */
export function keptMatchRoutes(original: MatchRoutes, keep = KEPT_PATHS): MatchRoutes {
  const caches = new Map<string, Map<string, KeptMatch[] | null>>();
  const kept: MatchRoutes = (routes, location, basename) => {
    const known = Array.isArray(routes) ? shapeOf(routes) : null;
    if (!known) return original(routes, location, basename);
    let cache = caches.get(known.shape);
    if (!cache) caches.set(known.shape, (cache = new Map()));
    const key = `${basename ?? "/"}\u0000${pathnameOf(location)}`;
    let answer = cache.get(key);
    if (answer === undefined) {
      const matches = original(routes, location, basename);
      answer = matches && matches.map((m) => ({ id: m.route.id!, params: m.params, pathname: m.pathname, pathnameBase: m.pathnameBase }));
      if (cache.size >= keep) cache.delete(cache.keys().next().value!);
    } else {
      cache.delete(key); // moved to the end: most recently used
    }
    cache.set(key, answer);
    if (answer === null) return null;
    return answer.map((m) => ({ params: { ...m.params }, pathname: m.pathname, pathnameBase: m.pathnameBase, route: known.byId.get(m.id)! }));
  };
  (kept as unknown as Record<symbol, boolean>)[KEPT] = true;
  return kept;
}

/**
 * Puts the kept matchRoutes in @remix-run/router's exports, once; false (and nothing changed) if they
 * cannot take it, in which case Remix matches as it always did.
 */
export function keepRouteMatches(): boolean {
  const router = createRequire(import.meta.url)("@remix-run/router") as { matchRoutes: MatchRoutes };
  const current = router.matchRoutes;
  if ((current as unknown as Record<symbol, boolean>)[KEPT]) return true;
  const descriptor = Object.getOwnPropertyDescriptor(router, "matchRoutes");
  if (typeof current !== "function" || !descriptor?.writable) return false;
  router.matchRoutes = keptMatchRoutes(current);
  return router.matchRoutes !== current;
}

type StaticHandler = {
  dataRoutes: unknown;
  query: (request: Request, options?: unknown) => Promise<unknown>;
  queryRoute: (request: Request, options?: unknown) => Promise<unknown>;
};
type CreateStaticHandler = (routes: RouteLike[], options?: { basename?: string } & Record<string, unknown>) => StaticHandler;

/** The routes of one branch, as a tree: each route on it with only its child on the branch. */
function branchOf(routes: RouteLike[], ids: string[]): RouteLike[] {
  const [id, ...rest] = ids;
  const route = routes.find((r) => r.id === id);
  if (!route) return [];
  return [{ ...route, children: rest.length ? branchOf(route.children ?? [], rest) : undefined }];
}

/**
 * createStaticHandler whose handlers do each request with a handler made for its branch of the
 * routes alone (made once per branch; at most one per route). A path that matches nothing, or
 * routes without ids, go to the handler of every route, as before.
 */
export function branchStaticHandlers(original: CreateStaticHandler, match: MatchRoutes): CreateStaticHandler {
  const made: CreateStaticHandler = (routes, options) => {
    const whole = original(routes, options);
    const branches = new Map<string, StaticHandler>();
    const handlerFor = (request: Request): StaticHandler => {
      const matches = match(routes, { pathname: new URL(request.url).pathname }, options?.basename);
      const ids = matches?.map((m) => m.route.id);
      if (!ids?.length || ids.some((id) => typeof id !== "string")) return whole;
      const key = ids.join("\u0000");
      let handler = branches.get(key);
      if (!handler) branches.set(key, (handler = original(branchOf(routes, ids as string[]), options)));
      return handler;
    };
    return {
      ...whole,
      dataRoutes: whole.dataRoutes,
      query: (request, queryOptions) => handlerFor(request).query(request, queryOptions),
      queryRoute: (request, queryOptions) => handlerFor(request).queryRoute(request, queryOptions),
    };
  };
  (made as unknown as Record<symbol, boolean>)[KEPT] = true;
  return made;
}

/**
 * Puts branchStaticHandlers in @remix-run/router's exports, once (after keepRouteMatches, whose kept
 * matching it uses); false, and nothing changed, if they cannot take it.
 */
export function keepStaticHandlerBranches(): boolean {
  const router = createRequire(import.meta.url)("@remix-run/router") as { createStaticHandler: CreateStaticHandler; matchRoutes: MatchRoutes };
  const current = router.createStaticHandler;
  if ((current as unknown as Record<symbol, boolean>)[KEPT]) return true;
  const descriptor = Object.getOwnPropertyDescriptor(router, "createStaticHandler");
  if (typeof current !== "function" || !descriptor?.writable) return false;
  router.createStaticHandler = branchStaticHandlers(current, (routes, location, basename) => router.matchRoutes(routes, location, basename));
  return router.createStaticHandler !== current;
}
