// What the last post of a page with several forms sent back: the values typed and the errors found.
// Each form's section shows the values when the post was its own intent, and the saved ones otherwise.
import type { FieldErrors, FormValues } from "./forms";

export type Posted = { sent: FormValues; errors: FieldErrors | undefined };

/** What was sent, when the last post was this intent; else the fallback (the saved values). */
export function valuesFor(posted: Posted, intent: string, fallback: FormValues): FormValues {
  return posted.sent.intent === intent ? posted.sent : fallback;
}

/** The posted values and errors out of an action's answer, whatever else it carries. */
export function postedFrom(actionData: unknown): Posted {
  const answer = (actionData ?? {}) as { values?: FormValues; errors?: FieldErrors };
  return { sent: answer.values ?? {}, errors: answer.errors };
}
