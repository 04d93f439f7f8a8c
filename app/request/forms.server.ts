// Parsing form posts with zod, keeping what the user typed so a form with errors comes back filled in.
import { data } from "@remix-run/node";
import type { z } from "zod";

export type FormFailure = { errors: Record<string, string>; values: Record<string, string> };

/**
 * Every text field of the form, as typed (files are left out). A name given as `repeated` (a group
 * of checkboxes) keeps every value, comma-joined, so a refused form ticks again what was ticked;
 * any other name sent twice keeps its last value.
 */
export function formValues(formData: FormData, repeated: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("password") && !key.startsWith("newPassword")) values[key] = value;
  }
  for (const name of repeated) values[name] = textValues(formData, name).join(",");
  return values;
}

/** Every text value posted under `name`, in order. */
function textValues(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}

/**
 * Parses a form with a zod schema: each name is given to the schema as its text (the last one when
 * sent twice; files are left out), except the names in `repeated`, given as the list of every text
 * posted under them (empty when none was ticked).
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  { repeated = [] }: { repeated?: readonly string[] } = {},
): { ok: true; data: z.output<S> } | ({ ok: false } & FormFailure) {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") raw[key] = value;
  for (const name of repeated) raw[name] = textValues(formData, name);
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(formData, repeated) };
}

/** A 400 response carrying the errors and the typed values back to the form. */
export function invalid(failure: FormFailure) {
  return data({ errors: failure.errors, values: failure.values }, { status: 400 });
}

/**
 * The request's form data. A body that is not a form (only non-browser clients send one) is a
 * 400 with the usual error page, not a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("The form could not be read", { status: 400, statusText: "Bad Request" });
  }
}

/**
 * Runs an access check for a form that autosaves (a score sheet, a nomination's part): an autosave
 * after the session ended answers on the page (401, "signed out") instead of navigating to sign in,
 * so the text being typed stays where it is. Any other request goes on as the check decides.
 */
export async function autosaveSession<T>(request: Request, check: () => Promise<T>) {
  try {
    return await check();
  } catch (error) {
    const status = error && typeof error === "object" && "status" in error ? Number(error.status) : 0;
    if (new URL(request.url).searchParams.has("autosave") && status >= 300 && status < 400) {
      return data({ saved: false as const, problem: "you have been signed out. Sign in again in another tab, then come back to this one" }, { status: 401 });
    }
    throw error;
  }
}
