// The nomination's save: the access check's reads and saveDraft in one transaction, and the answer
// each outcome gives the page (or the autosave fetcher), with its status code. A part's page (one
// task of the task list) posts only its own fields: the rest are kept as saved, under the same
// revision check, so a part saved on a stale revision is refused like the whole form was.
import { data, redirect } from "@remix-run/node";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { appDb, preparedTransaction } from "~/platform/prepared.server";
import { autosaveSession, readForm } from "~/request/forms.server";
import { fieldsOfPart, parsePart } from "~/domain/nomination-tasks";
import { draftFieldsOf, saveDraft, type DraftFields, type SaveDraftResult } from "~/models/nominations.server";
import { formatUkClock, loadOwnNomination, requireNominationUser } from "~/request/nomination-access.server";
import { parseNominationForm } from "~/request/nomination-forms.server";
import { notFound } from "~/request/permissions.server";
import type { SaveAnswer } from "./save-answer";

/**
 * Saves the posted form as the signed-in member of the nomination's organisation: with a part's key
 * (from its URL), only that part's fields (an unticked box on it is saved as unticked); without, the
 * whole form, as a page of the earlier one-page form still open in a browser posts it.
 */
export async function saveNomination(
  request: Request,
  { user, id }: Awaited<ReturnType<typeof requireNominationUser>>,
  partKey: string | null = null,
) {
  // The body is read before the transaction (which holds the one database connection), but a body
  // that cannot be read is answered only once the nomination is known to be theirs, as before.
  const form = await readForm(request).then(
    (formData) => ({ formData }),
    (error: unknown) => ({ error }),
  );
  // The access check's reads and the save in one transaction: saveDraft is handed what was just read
  // (nomination, cycle, deadline, form) instead of reading it all again, and nothing can change between.
  const outcome = await preparedTransaction(appDb(), async (trx) => {
    // A part keeps the saved answers of every other part, so it reads them; the whole form sends them all.
    const { nomination, cycle, deadline, sections } = await loadOwnNomination(trx, user, id, { withAnswers: partKey !== null });
    // The part is named by the URL; the cycle's sections decide which section parts exist.
    const part = partKey === null ? null : parsePart(partKey, sections);
    if (partKey !== null && !part) notFound();
    if ("error" in form) throw form.error;
    const parsed = parseNominationForm(
      form.formData,
      part?.kind === "section" ? [part.sectionId] : part ? [] : sections.map((s) => s.id),
    );
    if (!parsed.ok) return { kind: "invalid" as const, parsed };
    let { fields, answers } = parsed;
    if (part) {
      const own = new Set(fieldsOfPart(part));
      const saved = draftFieldsOf(nomination);
      fields = Object.fromEntries(
        (Object.keys(saved) as (keyof DraftFields)[]).map((k) => [k, own.has(k) ? parsed.fields[k] : saved[k]]),
      ) as DraftFields;
      answers = { ...nomination.answers, ...parsed.answers };
    }
    const result = await saveDraft(trx, {
      id: nomination.id,
      organisationId: user.organisation.id,
      userId: user.id,
      expectedRevision: parsed.revision,
      fields,
      answers,
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
    if (parsed.intent === "return") return redirect(`/nominations/${id}`);
    return data<SaveAnswer>({ saved: true, revision: result.revision, savedAtText: formatUkClock(result.savedAt), status: result.status });
  }
  const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  return refused(result, values);
}

/** Why a save was refused, with everything that was typed, so that nothing is lost. */
function refused(result: Exclude<SaveDraftResult, { ok: true }>, values: Record<string, string>) {
  if ("notFound" in result) throw new Response("Not Found", { status: 404 });
  if ("stale" in result) {
    return data<SaveAnswer>(
      {
        saved: false,
        stale: true,
        values,
        problem: `${result.stale.updatedBy ?? "someone else"} saved this nomination at ${formatUkDateTime(result.stale.updatedAt)}, after you opened it. Copy any text you need, then reload the page to see their version`,
      },
      { status: 409 },
    );
  }
  // Far too long, or the leads' addresses: the fields' messages, and the sentence after "Not saved: ".
  if ("fields" in result) return data<SaveAnswer>({ saved: false, problem: clause(result.problem), errors: result.fields, values }, { status: 400 });
  if ("deadline" in result) {
    return data<SaveAnswer>(
      { saved: false, values, problem: `${result.problem}${result.deadline ? `: nominations closed at ${formatUkDeadline(result.deadline)} (UK time)` : ""}` },
      { status: 403 },
    );
  }
  // Withdrawn.
  return data<SaveAnswer>({ saved: false, values, problem: clause(result.problem) }, { status: 403 });
}

/** A sentence as the clause it becomes after "Not saved: ". */
function clause(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * Why the nomination can no longer be changed (after the deadline, or withdrawn), or null: the same
 * sentence on the task list and on every part's page.
 */
export function readOnlyReason(status: string, closedProblem: string | null | undefined, deadline: string | null | undefined): string | null {
  if (closedProblem) return `${closedProblem}${deadline ? `: nominations closed at ${formatUkDeadline(deadline)} (UK time)` : ""}. You can no longer change this nomination.`;
  return status === "withdrawn" ? "This nomination has been withdrawn. It can no longer be changed." : null;
}

/**
 * The save action of the task list (the whole form, as the earlier one-page form posted it) and of
 * each part's page (`part`: that part's fields only), with an autosave after the session ended
 * answered on the page (autosaveSession).
 */
export async function nominationSaveAction(request: Request, nominationId: string | undefined, part?: string) {
  const access = await autosaveSession(request, () => requireNominationUser(request, nominationId));
  if (!("user" in access)) return access;
  return saveNomination(request, access, part);
}
