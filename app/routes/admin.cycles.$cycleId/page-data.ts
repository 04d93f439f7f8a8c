// The types the sections of an award cycle's page share: the loader's data, and what the last post
// sent back (its values and errors), which each section shows when the post was its own intent.
import type { useLoaderData } from "@remix-run/react";
import type { FieldErrors, FormValues } from "~/components/forms";
import type { loader } from "./route";

export type CyclePageData = ReturnType<typeof useLoaderData<typeof loader>>;

export type Posted = { sent: FormValues; errors: FieldErrors | undefined };

/** What was sent, when the last post was this intent; else the fallback (the saved values). */
export function valuesFor(posted: Posted, intent: string, fallback: FormValues): FormValues {
  return posted.sent.intent === intent ? posted.sent : fallback;
}
