// The nomination form's save: the access check's reads and saveDraft in one transaction, and the
// answer each outcome gives the page (or the autosave fetcher), with its status code.
import { data, redirect } from "@remix-run/node";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { saveDraft, type SaveDraftResult } from "~/models/nominations.server";
import { appDb, preparedTransaction } from "~/platform/prepared.server";
import { readForm } from "~/request/forms.server";
import { formatUkClock, loadOwnNomination, type requireNominationUser } from "~/request/nomination-access.server";
import { parseNominationForm } from "~/request/nomination-forms.server";
import type { SaveAnswer } from "./save-answer";

/** Saves the posted form as the signed-in member of the nomination's organisation. */
export async function saveNomination(request: Request, { user, id }: Awaited<ReturnType<typeof requireNominationUser>>) {
  // The body is read before the transaction (which holds the one database connection), but a body
  // that cannot be read is answered only once the nomination is known to be theirs, as before.
  const form = await readForm(request).then(
    (formData) => ({ formData }),
    (error: unknown) => ({ error }),
  );
  // The access check's reads and the save in one transaction: saveDraft is handed what was just read
  // (nomination, cycle, deadline, form) instead of reading it all again, and nothing can change between.
  const outcome = await preparedTransaction(appDb(), async (trx) => {
    const { nomination, cycle, deadline, sections } = await loadOwnNomination(trx, user, id, { withAnswers: false });
    if ("error" in form) throw form.error;
    const parsed = parseNominationForm(form.formData, sections.map((s) => s.id));
    if (!parsed.ok) return { kind: "invalid" as const, parsed };
    const result = await saveDraft(trx, {
      id: nomination.id,
      organisationId: user.organisation.id,
      userId: user.id,
      expectedRevision: parsed.revision,
      fields: parsed.fields,
      answers: parsed.answers,
      state: { nomination, cycle, deadline, sections },
    });
    return { kind: "tried" as const, parsed, result, formData: form.formData };
  });
  if (outcome.kind === "invalid") {
    const { errors, values } = outcome.parsed;
    return data<SaveAnswer>({ saved: false, problem: "some answers are too long", errors, values }, { status: 400 });
  }
  const { parsed, result, formData } = outcome;
  if (result.ok) {
    if (parsed.intent === "continue") return redirect(`/nominations/${id}/submit`);
    return data<SaveAnswer>({ saved: true, revision: result.revision, savedAtText: formatUkClock(result.savedAt), status: result.status });
  }
  const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  return refused(result, values);
}

/** Why a save was refused, with everything that was typed, so that nothing is lost. */
function refused(result: Exclude<SaveDraftResult, { ok: true }>, values: Record<string, string>) {
  switch (result.reason) {
    case "stale":
      return data<SaveAnswer>(
        {
          saved: false,
          stale: true,
          values,
          problem: `${result.current.updatedBy ?? "someone else"} saved this nomination at ${formatUkDateTime(result.current.updatedAt)}, after you opened it. Copy any text you need, then reload the page to see their version`,
        },
        { status: 409 },
      );
    case "too_long":
      return data<SaveAnswer>({ saved: false, problem: "some answers are far too long", errors: result.problems, values }, { status: 400 });
    case "leads":
      return data<SaveAnswer>({ saved: false, problem: "the leads' email addresses need attention", errors: result.problems, values }, { status: 400 });
    case "closed":
      return data<SaveAnswer>(
        { saved: false, values, problem: `${result.problem}${result.deadline ? `: nominations closed at ${formatUkDeadline(result.deadline)} (UK time)` : ""}` },
        { status: 403 },
      );
    case "withdrawn":
      return data<SaveAnswer>({ saved: false, values, problem: "this nomination has been withdrawn" }, { status: 403 });
    default:
      throw new Response("Not Found", { status: 404 });
  }
}
