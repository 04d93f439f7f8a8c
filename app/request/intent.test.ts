import { describe, expect, it } from "vitest";
import { byIntent, readIntent } from "./intent.server";

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const INTENTS = ["approve", "reject"] as const;

describe("reading what a form is for", () => {
  it("gives the intent when it is one of the page's", () => {
    const intent: "approve" | "reject" | null = readIntent(form({ intent: "reject" }), INTENTS);
    expect(intent).toBe("reject");
  });

  it("gives null for a missing or unknown intent", () => {
    expect(readIntent(form({}), INTENTS)).toBeNull();
    expect(readIntent(form({ intent: "delete" }), INTENTS)).toBeNull();
    expect(readIntent(form({ intent: "constructor" }), INTENTS)).toBeNull();
  });

  it("runs only the action function of the form's intent", async () => {
    const ran: string[] = [];
    const actions = { approve: async () => ran.push("approve"), reject: async () => ran.push("reject") };
    await byIntent(form({ intent: "approve" }), INTENTS, actions);
    expect(ran).toEqual(["approve"]);
  });

  it("answers an unknown intent with a 400 that keeps what was typed", async () => {
    const res = await byIntent(form({ intent: "delete", reason: "typed" }), INTENTS, { approve: async () => "a", reject: async () => "r" });
    expect(res).toMatchObject({ init: { status: 400 }, data: { errors: { form: "Choose what to do" }, values: { intent: "delete", reason: "typed" } } });
  });

  it("runs the page's main form when no intent is sent, and still refuses an unknown one", async () => {
    const actions = { approve: async () => "a", reject: async () => "r" };
    expect(await byIntent(form({ reason: "typed" }), INTENTS, actions, { whenNone: "reject" })).toBe("r");
    expect(await byIntent(form({ intent: "reject" }), INTENTS, actions, { whenNone: "approve" })).toBe("r");
    expect(await byIntent(form({ intent: "delete" }), INTENTS, actions, { whenNone: "reject" })).toMatchObject({ init: { status: 400 } });
    expect(await byIntent(form({}), INTENTS, actions)).toMatchObject({ init: { status: 400 } });
  });
});
