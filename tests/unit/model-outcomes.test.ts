// One result type for model outcomes (app/domain/outcome.ts, decision 022's Session 9): a model verb
// that refuses answers { ok: false, problem, ...what the page needs }. This reads every model and
// fails on a refusal written another way: a reason code, a list or a map of problems with no
// sentence, or a bare { ok: false }. `problem` comes first after `ok: false`, so a reader finds it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = path.resolve(__dirname, "../../app/models");

/** Each `ok: false` in the text (a literal or a type) whose next key is not `problem`, with its line. */
function refusalsWithoutProblem(text: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  for (const match of text.matchAll(/\bok\s*:\s*false(?:\s+as\s+const)?\s*([,;}])\s*(\w*)/g)) {
    const [, after, key] = match;
    if (after !== "}" && key === "problem") continue;
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ line, text: text.split("\n")[line - 1].trim() });
  }
  return found;
}

describe("model outcomes", () => {
  it("finds a refusal written another way", () => {
    expect(refusalsWithoutProblem(`return { ok: false, reason: "stale" };`)).toHaveLength(1);
    expect(refusalsWithoutProblem(`type R = { ok: false; problems: string[] };`)).toHaveLength(1);
    expect(refusalsWithoutProblem(`if (!row) return { ok: false };`)).toHaveLength(1);
    expect(refusalsWithoutProblem(`return {\n  ok: false,\n  errors,\n};`)).toEqual([{ line: 2, text: "ok: false," }]);
    expect(refusalsWithoutProblem(`return { ok: false, problem: "Closed", deadline };`)).toEqual([]);
    expect(refusalsWithoutProblem(`type R = { ok: false; problem: string };`)).toEqual([]);
    expect(refusalsWithoutProblem(`({ ok: false as const, problem, field })`)).toEqual([]);
    expect(refusalsWithoutProblem(`return {\n  ok: false,\n  problem: "No feedback",\n};`)).toEqual([]);
  });

  it("every model verb refuses with { ok: false, problem }", () => {
    const files = fs.readdirSync(MODELS).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    const other = files.flatMap((f) => refusalsWithoutProblem(fs.readFileSync(path.join(MODELS, f), "utf8")).map((r) => `app/models/${f}:${r.line}: ${r.text}`));
    expect(other).toEqual([]);
  });
});
