// Who judges which released entry. The automatic assignment is previewed for a seed (a different
// seed gives a different, equally balanced design) and confirmed as previewed; the rules it cannot
// keep are explained in plain English. Below it: the live assignments with each judge's progress,
// moving one assignment by hand (the load rule may be overridden with a reason, conflicts and the
// side rule never), and bringing in a judge who joined late. A lopsided pool (too few judges on one
// side to share the load) is proposed as the most even split there is and confirmed with a reason.
// The sections are beside this file; the second look has its own page.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummaryBox, SuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { judgeSideLabel } from "~/domain/permissions";
import { previewAssignment } from "~/models/assignments.server";
import { listJudgingEntries } from "~/models/judging-entries.server";
import { formValues, readForm } from "~/request/forms.server";
import { readIntent } from "~/request/intent.server";
import { SeedSchema } from "~/request/judging-forms.server";
import { assignmentNotices } from "./notices.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { ASSIGNMENT_INTENTS, confirm, late, move, refuse } from "./actions.server";
import { CurrentAssignments } from "./current";
import { HandForms } from "./hand-forms";
import { ProposalSection, type Proposal } from "./proposal";
import { Caption } from "~/components/nhsuk";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle("Assigning judges", data ? `Judging ${data.cycle.year}` : "Judging", "Award cycles") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, cycle, cycleId } = await requireAdminCycle(request, params);
  const url = new URL(request.url);
  const rawSeed = url.searchParams.get("seed");
  const seedParsed = rawSeed === null ? null : SeedSchema.safeParse({ seed: rawSeed });
  const seedError = seedParsed && !seedParsed.success ? (seedParsed.error.issues[0]?.message ?? "Enter a whole number") : null;
  const seed = seedParsed?.success ? seedParsed.data.seed : 1;
  const [entries, preview] = await Promise.all([listJudgingEntries(db, cycleId), previewAssignment(db, { cycleId, seed })]);
  const codes = new Map(entries.map((e) => [e.nominationId, e.code]));
  const { context, result, added } = preview;
  const org = new Map(entries.map((e) => [e.nominationId, e.organisation]));
  const judgeById = new Map(context.judges.map((j) => [j.id, j]));
  const addedKeys = new Set(added.map((a) => `${a.judgeId}:${a.entryId}`));
  const judgeLabel = (id: number) => {
    const j = judgeById.get(id);
    return j ? { id, name: j.name, side: judgeSideLabel(j.side) } : { id, name: `Judge ${id}`, side: "" };
  };
  const releasedIds = context.input.entries.map((e) => e.id);
  const assignments = result.ok ? result.assignments : result.overridable ? result.partial : null;
  const proposal: Proposal = assignments
    ? {
        ok: true as const,
        rows: releasedIds.map((entryId) => ({
          entryId,
          code: codes.get(entryId) ?? String(entryId),
          organisation: org.get(entryId) ?? "",
          judges: assignments
            .filter((a) => a.entryId === entryId)
            .map((a) => ({ ...judgeLabel(a.judgeId), isNew: addedKeys.has(`${a.judgeId}:${a.entryId}`) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        })),
        loads: context.judges.map((j) => ({ id: j.id, name: j.name, side: judgeSideLabel(j.side), load: assignments.filter((a) => a.judgeId === j.id).length })),
        stats: result.ok ? result.stats : null,
        added: added.length,
        bends: result.ok ? [] : result.problems.map((p) => p.message),
      }
    : { ok: false as const, problems: result.ok ? [] : result.problems.map((p) => p.message) };
  const live = releasedIds.map((entryId) => ({
    entryId,
    code: codes.get(entryId) ?? String(entryId),
    organisation: org.get(entryId) ?? "",
    judges: context.live
      .filter((a) => a.entryId === entryId)
      .map((a) => ({ ...judgeLabel(a.judgeId), progress: a.sheet }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return {
    notice: assignmentNotices.from(url),
    cycle: { id: cycle.id, year: cycle.year, perEntry: context.input.perEntry },
    seed,
    seedText: rawSeed ?? "1",
    seedError,
    proposal,
    live,
    liveCount: context.live.length,
    judges: context.judges.map((j) => ({ value: String(j.id), label: `${j.name} (${judgeSideLabel(j.side)})` })),
    entryOptions: live.map((e) => ({ value: String(e.entryId), label: `${e.code}: ${e.organisation}` })),
  };
}


export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, db, cycleId } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const intent = readIntent(formData, ASSIGNMENT_INTENTS);
  // An unknown intent is answered in the page's own refusal shape, which its error summary reads.
  if (intent === null) return refuse({ form: "other", values: formValues(formData), problems: ["Choose what to do"] });
  return { confirm, move, late }[intent]({ db, cycleId, actorUserId: admin.id, formData });
}

const FIELD_ORDER = ["overrideReason", "entryId", "fromJudgeId", "toJudgeId", "reason", "override", "lateJudgeId"];

export default function JudgingAssignment() {
  const { notice, cycle, seed, seedText, seedError, proposal, live, liveCount, judges, entryOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const moveValues = actionData?.form === "move" ? values : {};
  const errors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const problemHref = actionData?.form === "move" ? "#move" : actionData?.form === "late" ? "#late" : "#confirm";
  const summary = [
    ...(seedError ? [{ href: "#seed", message: seedError }] : []),
    ...Object.entries(errors)
      .filter((e): e is [string, string] => Boolean(e[1]))
      .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
      .map(([field, message]) => ({ href: `#${field}`, message })),
    ...(actionData?.problems ?? []).map((message) => ({ href: problemHref, message })),
  ];
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/judging`, label: "Judging" }]} />
      <ErrorSummaryBox items={summary} intro={actionData?.form === "move" && actionData.problems.length > 0 ? "The assignment was not moved:" : undefined} />
      {!actionData && notice ? <SuccessBanner title={notice.title} /> : null}
      <Caption>Judging {cycle.year}</Caption>
      <h1>Assigning judges</h1>
      <p>
        Each released entry gets {cycle.perEntry} judges, at least one from the employer side and one from the staff side, never a judge with a conflict of
        interest, with every judge's load within one of the others. Only released entries are assigned:{" "}
        <Link to={`/admin/cycles/${cycle.id}/judging`}>review and release entries</Link> first. After the first round, entries whose place is unsure can
        be given <Link to={`/admin/cycles/${cycle.id}/judging/second-look`}>a second look</Link>.
      </p>

      <ProposalSection
        proposal={proposal}
        seed={seed}
        seedText={seedText}
        seedError={seedError}
        hasEntries={live.length > 0}
        seedOpen={params.has("seed")}
        reason={{ value: actionData?.form === "confirm" ? values.overrideReason : undefined, error: actionData?.form === "confirm" ? errors.overrideReason : undefined }}
      />
      <CurrentAssignments live={live} liveCount={liveCount} />
      <HandForms
        liveCount={liveCount}
        judges={judges}
        entryOptions={entryOptions}
        errors={actionData?.form === "confirm" ? {} : errors}
        moveValues={moveValues}
        lateJudgeId={actionData?.form === "late" ? values.lateJudgeId : undefined}
        overridable={actionData?.form === "move" && actionData.overridable}
      />
    </>
  );
}
