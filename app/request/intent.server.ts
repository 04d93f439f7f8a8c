// What a posted form is for: the `intent` field (sent by an IntentButton or a hidden field), read
// against the page's own list of intents so that the action can hand it to one function per intent.
import { formValues, invalid } from "./forms.server";

/** The form's intent if it is one of `intents`, else null (an old page, a hand-made request). */
export function readIntent<const T extends readonly [string, ...string[]]>(formData: FormData, intents: T): T[number] | null {
  const raw = formData.get("intent");
  return typeof raw === "string" && (intents as readonly string[]).includes(raw) ? (raw as T[number]) : null;
}

/**
 * Runs the action function of the form's intent. An intent that is not the page's is a 400 with
 * "Choose what to do" in the error summary and the typed values kept, never a 500. A page whose
 * main form sends no intent names it as `whenNone`: a form with no `intent` field runs that one
 * (an intent that is there but not the page's is still a 400).
 */
export async function byIntent<const T extends readonly [string, ...string[]], A extends { [K in T[number]]: () => Promise<unknown> }>(
  formData: FormData,
  intents: T,
  actions: A,
  options: { whenNone?: T[number] } = {},
): Promise<Awaited<ReturnType<A[T[number]]>> | ReturnType<typeof invalid>> {
  const intent = formData.has("intent") ? readIntent(formData, intents) : (options.whenNone ?? null);
  if (intent === null) return invalid({ errors: { form: "Choose what to do" }, values: formValues(formData) });
  return (await actions[intent as T[number]]()) as Awaited<ReturnType<A[T[number]]>>;
}
