// Route modules stay at most 250 lines (issue 13, decision 029): a page that grows past that moves its
// forms, actions and sections into a route folder beside its route.tsx.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROUTES = path.resolve(__dirname, "../../app/routes");
const MAX_ROUTE_LINES = 250;

/** Each route module: a file directly in app/routes, or a route folder's route.tsx. */
function routeModules(): string[] {
  return fs.readdirSync(ROUTES, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && /\.(ts|tsx)$/.test(entry.name)) return [entry.name];
    if (entry.isDirectory()) return ["route.tsx", "route.ts"].filter((f) => fs.existsSync(path.join(ROUTES, entry.name, f))).map((f) => `${entry.name}/${f}`);
    return [];
  });
}

describe("route modules", () => {
  it("are each at most 250 lines", () => {
    const modules = routeModules();
    // Some eighty routes: a reader that found none would pass everything.
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter((m) => m.includes("/route.ts")).length).toBeGreaterThan(5);
    const long = modules
      .map((m) => ({ m, lines: fs.readFileSync(path.join(ROUTES, m), "utf8").split("\n").length }))
      .filter(({ lines }) => lines > MAX_ROUTE_LINES)
      .map(({ m, lines }) => `${m}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
