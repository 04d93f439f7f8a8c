// One part of the nomination, a task of its task list (issue 18): the initiative, one section of the
// entry form, the leads, or the names to hide. Its fields save on leaving a field and every few
// seconds of typing, each save conditional on the revision it started from and changing only this
// part's fields; without JavaScript the buttons post the same form. After the deadline it is read-only.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { autosaveClientAction, autosaveShouldRevalidate } from "~/components/use-autosave";
import { answerField } from "~/domain/nomination-rules";
import { fieldsOfPart, parsePart } from "~/domain/nomination-tasks";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { draftFieldsOf, NOMINATION_TEXT_COLUMNS } from "~/models/nominations.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { notFound } from "~/request/permissions.server";
import { PartForm } from "./part-form";
import { nominationSaveAction, readOnlyReason } from "./save.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.part.title ?? "Your nomination"} - HPMA Partnership Award` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { nomination: n, sections, deadline, closedProblem } = await requireOwnNomination(request, params.nominationId);
  const part = parsePart(params.part, sections);
  if (!part) notFound();
  const saved = draftFieldsOf(n);
  const all: Record<string, string> = {
    ...Object.fromEntries(NOMINATION_TEXT_COLUMNS.map((c) => [c, saved[c] ?? ""])),
    identifying_terms: saved.identifying_terms.join("\n"),
    consent_to_publish: saved.consent_to_publish ? "yes" : "",
  };
  for (const s of sections) all[answerField(s.id)] = n.answers[s.id] ?? "";
  // Only this part's own fields: what the page shows, restores and compares with the browser's copy.
  const values = Object.fromEntries(fieldsOfPart(part).map((f) => [f, all[f] ?? ""]));
  const section = part.kind === "section" ? sections.find((s) => s.id === part.sectionId) : undefined;
  return {
    part,
    section: section ? { id: section.id, title: section.title, guidance: section.guidance, wordLimit: section.word_limit } : null,
    nomination: {
      id: n.id,
      reference: n.reference,
      title: n.title,
      status: n.status,
      revision: n.revision,
      updatedAt: n.updated_at,
      savedText: `${formatUkDateTime(n.updated_at)}${n.updated_by_name ? ` by ${n.updated_by_name}` : ""}`,
      changedSinceSubmission: n.status === "draft" && n.submitted_hash !== null,
    },
    values,
    readOnly: readOnlyReason(n.status, closedProblem, deadline),
    deadline: deadline ? formatUkDeadline(deadline) : null,
  };
}

export const action = ({ request, params }: ActionFunctionArgs) => nominationSaveAction(request, params.nominationId, params.part ?? "");

export const clientAction = autosaveClientAction;
export const shouldRevalidate = autosaveShouldRevalidate;

// Keyed by nomination and part: moving from one to another starts the form afresh, so one's text,
// revision and browser copy can never be carried into the other.
export default function NominationPartPage() {
  const { nomination, part } = useLoaderData<typeof loader>();
  return <PartForm key={`${nomination.id}:${part.key}`} />;
}
