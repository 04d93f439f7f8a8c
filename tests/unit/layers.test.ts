// Imports point one way (docs/decisions/022-layers-that-point-one-way.md): routes → request → models →
// emails → platform → domain → vocabulary, and db/schema takes only the vocabulary. This reads every
// import in app/, server/, scripts/ and db/ and fails on one that points back up.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

type Layer =
  | "routes"
  | "components"
  | "request"
  | "models"
  | "emails"
  | "platform"
  | "domain"
  | "vocabulary"
  | "schema"
  | "portable"
  | "migrations"
  | "seed"
  | "server"
  | "scripts"
  | "styles"
  | "tests";

/** The layer a repository file (path relative to the root, with "/") belongs to. */
function layerOf(file: string): Layer | null {
  if (file.startsWith("app/routes/") || file === "app/root.tsx" || file.startsWith("app/entry.")) return "routes";
  if (file.startsWith("app/components/")) return "components";
  if (file.startsWith("app/request/")) return "request";
  if (file.startsWith("app/models/")) return "models";
  if (file.startsWith("app/emails/")) return "emails";
  if (file.startsWith("app/platform/")) return "platform";
  if (file === "app/domain/vocabulary.ts") return "vocabulary";
  if (file.startsWith("app/domain/")) return "domain";
  if (file.startsWith("app/styles/")) return "styles";
  if (file === "db/schema.ts") return "schema";
  // The few SQL pieces that differ between SQLite and PostgreSQL (decision 040): beside the schema, below everything that queries.
  if (file === "db/portable.ts") return "portable";
  if (file.startsWith("db/migrations/") || file === "db/migrator.ts") return "migrations";
  if (file.startsWith("scripts/seed/")) return "seed";
  if (file.startsWith("scripts/")) return "scripts";
  if (file.startsWith("server/")) return "server";
  if (file.startsWith("tests/")) return "tests";
  return null;
}

const BELOW_MODELS: Layer[] = ["emails", "platform", "domain", "vocabulary", "schema", "portable"];

/** What each layer may import, besides packages from node_modules. */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  routes: ["routes", "components", "request", "models", ...BELOW_MODELS, "styles"],
  components: ["components", "domain", "vocabulary", "styles"],
  request: ["request", "models", ...BELOW_MODELS],
  models: ["models", ...BELOW_MODELS],
  emails: ["emails", "platform", "domain", "vocabulary", "schema"],
  platform: ["platform", "domain", "vocabulary", "schema", "portable"],
  domain: ["domain", "vocabulary"],
  vocabulary: [],
  schema: ["vocabulary"],
  portable: [],
  migrations: ["migrations", "portable"],
  seed: ["seed", "models", ...BELOW_MODELS],
  server: ["server", "request", "models", ...BELOW_MODELS, "migrations", "seed"],
  scripts: ["scripts", "seed", "server", "request", "models", ...BELOW_MODELS, "migrations"],
  styles: [],
  tests: [],
};

/**
 * Arrows that still point up, each with its reason (none today: the last five were moved to the layer
 * they belong in). Keep this short: the test fails on an entry that is no longer needed, so a fixed
 * arrow leaves the list.
 */
const EXCEPTIONS: { from: string; to: string; why: string }[] = [];

const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "data") out.push(...sourceFiles(rel));
    } else if (SOURCE.test(entry.name)) out.push(rel);
  }
  return out;
}

// `import x from "y"`, `import type {...} from "y"` over several lines, `export * from "y"`,
// `import "y"` and `import("y")`.
const IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every module specifier a source file imports. */
function specifiersOf(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...withoutComments.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

const CANDIDATES = ["", ".ts", ".tsx", ".js", "/index.ts", "/index.tsx"];

/** The repository file a specifier names, null for a package, undefined when it names nothing. */
function resolveImport(fromFile: string, spec: string): string | null | undefined {
  let base: string;
  if (spec.startsWith("~/")) base = `app/${spec.slice(2)}`;
  else if (spec.startsWith(".")) base = path.posix.join(path.posix.dirname(fromFile), spec);
  else return null;
  for (const ext of CANDIDATES) {
    const candidate = path.posix.normalize(base + ext);
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return undefined;
}

type Arrow = { from: string; to: string };

function allArrows(): { arrows: Arrow[]; unresolved: string[] } {
  const arrows: Arrow[] = [];
  const unresolved: string[] = [];
  for (const file of ["app", "server", "scripts", "db"].flatMap(sourceFiles)) {
    for (const spec of specifiersOf(fs.readFileSync(path.join(ROOT, file), "utf8"))) {
      const to = resolveImport(file, spec);
      if (to === undefined) unresolved.push(`${file} imports "${spec}", which names no file`);
      else if (to !== null) arrows.push({ from: file, to });
    }
  }
  return { arrows, unresolved };
}

/**
 * What sends e-mail: the outbox's verbs that queue or deliver, the one-time link that queues its own
 * e-mail, the transport, and the e-mails' text. Routes and the request layer import none of them: an
 * e-mail is queued by the model verb whose transaction makes the change that causes it (decision 017).
 */
const MAIL_SENDING: { file: string; names?: string[] }[] = [
  { file: "app/models/outbox.server.ts", names: ["queueMail", "kickDelivery", "deliverMail", "deliverDueMail"] },
  { file: "app/models/tokens.server.ts", names: ["issueOneTimeLinkByMail"] },
  { file: "app/platform/mail-transport.server.ts" },
  { file: "app/platform/mail.server.ts", names: ["sendMail"] },
];

/** Each import statement's specifier and the names it brings in ("*" for a namespace, default or side-effect import). */
function importsOf(source: string): { spec: string; names: string[] }[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...withoutComments.matchAll(IMPORT)].map((m) => {
    const named = /\{([^}]*)\}/.exec(m[0]);
    const names = named && !/^\s*(?:import|export)\s+(?:type\s+)?\w+\s*,/.test(m[0]) && !m[2]
      ? named[1].split(",").map((n) => n.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]).filter(Boolean)
      : ["*"];
    return { spec: (m[1] ?? m[2])!, names };
  });
}

/** The imports of a route or request-level file that would let it send e-mail itself. */
function mailSendingImports(file: string, source: string): string[] {
  const layer = layerOf(file);
  if (layer !== "routes" && layer !== "request") return [];
  const found: string[] = [];
  for (const { spec, names } of importsOf(source)) {
    const to = resolveImport(file, spec);
    if (!to) continue;
    if (layerOf(to) === "emails") found.push(`${file} imports ${to} (the text of e-mails)`);
    const sending = MAIL_SENDING.find((s) => s.file === to);
    if (!sending) continue;
    const named = names.includes("*") ? ["*"] : names.filter((n) => !sending.names || sending.names.includes(n));
    if (!sending.names && names.length) found.push(`${file} imports ${to}`);
    else if (named.length) found.push(`${file} imports ${named.join(", ")} from ${to}`);
  }
  return found;
}

const isException = (a: Arrow) => EXCEPTIONS.some((e) => e.from === a.from && e.to === a.to);

/** An arrow that points up: its target's layer is not one its source's layer may import. */
function pointsUp(a: Arrow): boolean {
  const from = layerOf(a.from);
  const to = layerOf(a.to);
  if (from === null || to === null) return true;
  return !MAY_IMPORT[from].includes(to);
}

describe("layers that point one way", () => {
  const { arrows, unresolved } = allArrows();

  it("reads the imports of every source file", () => {
    expect(unresolved).toEqual([]);
    // A few hundred arrows: a reader that found none would pass everything.
    expect(arrows.length).toBeGreaterThan(500);
    expect(arrows).toContainEqual({ from: "app/models/outbox.server.ts", to: "app/platform/db.server.ts" });
  });

  it("has no import that points back up a layer", () => {
    const upward = arrows.filter((a) => pointsUp(a) && !isException(a)).map((a) => `${a.from} -> ${a.to} (${layerOf(a.from)} may not import ${layerOf(a.to)})`);
    expect(upward).toEqual([]);
  });

  it("keeps only exceptions that are still needed", () => {
    const stale = EXCEPTIONS.filter((e) => !arrows.some((a) => a.from === e.from && a.to === e.to && pointsUp(a)));
    expect(stale).toEqual([]);
  });

  it("lets no route or request-level module send e-mail: only model verbs queue it, in their transactions", () => {
    const found = ["app"]
      .flatMap(sourceFiles)
      .flatMap((file) => mailSendingImports(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("tells an import that sends e-mail from one that does not", () => {
    const route = "app/routes/admin.invitations.tsx";
    expect(mailSendingImports(route, `import { queueMail } from "~/models/outbox.server";`)).toEqual([`${route} imports queueMail from app/models/outbox.server.ts`]);
    expect(mailSendingImports(route, `import {\n  listOutbox,\n  type OutboxRow,\n  deliverMail as send,\n} from "~/models/outbox.server";`)).toEqual([
      `${route} imports deliverMail from app/models/outbox.server.ts`,
    ]);
    expect(mailSendingImports(route, `import * as outbox from "~/models/outbox.server";`)).toEqual([`${route} imports * from app/models/outbox.server.ts`]);
    expect(mailSendingImports(route, `import { invitationMail } from "~/emails/emails.server";`)).toEqual([`${route} imports app/emails/emails.server.ts (the text of e-mails)`]);
    expect(mailSendingImports("app/request/membership-forms.server.ts", `import { sendMail } from "~/platform/mail.server";`)).toHaveLength(1);
    expect(mailSendingImports(route, `import { listOutbox, retryMailNow } from "~/models/outbox.server";`)).toEqual([]);
    expect(mailSendingImports(route, `import { absoluteUrl } from "~/platform/mail.server";`)).toEqual([]);
    expect(mailSendingImports("app/models/invitations.server.ts", `import { queueMail } from "./outbox.server";`)).toEqual([]);
  });

  it("tells an upward arrow from a downward one", () => {
    expect(pointsUp({ from: "app/models/users.server.ts", to: "app/request/auth.server.ts" })).toBe(true);
    expect(pointsUp({ from: "app/domain/judging.ts", to: "db/schema.ts" })).toBe(true);
    expect(pointsUp({ from: "app/components/score-sheet.tsx", to: "app/models/score-sheets.server.ts" })).toBe(true);
    expect(pointsUp({ from: "app/routes/login.tsx", to: "app/request/auth.server.ts" })).toBe(false);
    expect(pointsUp({ from: "db/schema.ts", to: "app/domain/vocabulary.ts" })).toBe(false);
    expect(pointsUp({ from: "app/domain/vocabulary.ts", to: "app/domain/stages.ts" })).toBe(true);
  });

  it("finds imports written over several lines, type-only and dynamic", () => {
    const source = `import {\n  a,\n  type B,\n} from "~/models/x.server";\nimport type { C } from "../../db/schema";\nexport { d } from "./d";\nconst e = await import("~/platform/e.server");\n// import { f } from "~/request/f.server";\nimport "./side-effect";`;
    expect(specifiersOf(source)).toEqual(["~/models/x.server", "../../db/schema", "./d", "~/platform/e.server", "./side-effect"]);
  });
});
