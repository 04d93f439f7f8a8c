// Who judges which released entry. The automatic assignment is previewed for a seed (a different
// seed gives a different, equally balanced design) and confirmed as previewed; the rules it cannot
// keep are explained in plain English. Below it: the live assignments with each judge's progress,
// moving one assignment by hand (the load rule may be overridden with a reason, conflicts and the
// side rule never), and bringing in a judge who joined late.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { adminTitle, SheetProgressTag, Tag } from "~/components/admin";
import { Button, ErrorSummaryBox, Select, SuccessBanner, Textarea, TextInput } from "~/components/forms";
import { JudgingBreadcrumb, Warning } from "~/components/judging-admin";
import { judgeSideLabel } from "~/domain/permissions";
import { addLateJudge, confirmAssignment, moveAssignment, previewAssignment } from "~/models/assignments.server";
import { getCycle } from "~/models/cycles.server";
import { listJudgingEntries } from "~/models/judging-entries.server";
import { getDb } from "~/platform/db.server";
import { formValues, parseForm, readForm } from "~/request/forms.server";
import { MoveSchema, SeedSchema } from "~/request/judging-forms.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle("Assigning judges", data ? `Judging ${data.cycle.year}` : "Judging", "Award cycles") },
];

async function cycleFrom(params: LoaderFunctionArgs["params"]) {
  const cycleId = idParam(params.cycleId);
  const db = getDb();
  const cycle = await getCycle(db, cycleId);
  if (!cycle) notFound();
  return { db, cycle, cycleId };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { db, cycle, cycleId } = await cycleFrom(params);
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
  const proposal = result.ok
    ? {
        ok: true as const,
        rows: releasedIds.map((entryId) => ({
          entryId,
          code: codes.get(entryId) ?? String(entryId),
          organisation: org.get(entryId) ?? "",
          judges: result.assignments
            .filter((a) => a.entryId === entryId)
            .map((a) => ({ ...judgeLabel(a.judgeId), isNew: addedKeys.has(`${a.judgeId}:${a.entryId}`) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        })),
        loads: context.judges.map((j) => ({ id: j.id, name: j.name, side: judgeSideLabel(j.side), load: result.loads.get(j.id) ?? 0 })),
        stats: result.stats,
        added: added.length,
      }
    : { ok: false as const, problems: result.problems.map((p) => p.message) };
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
    notice: noticeFrom(url),
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

function noticeFrom(url: URL): string | null {
  const notice = url.searchParams.get("notice");
  const n = (name: string) => {
    const v = url.searchParams.get(name);
    return v && /^[0-9]{1,6}$/.test(v) ? Number(v) : 0;
  };
  if (notice === "confirmed") return n("added") === 1 ? "1 assignment has been made" : `${n("added")} assignments have been made`;
  if (notice === "moved") return "The assignment has been moved";
  if (notice === "late") return n("taken") === 1 ? "The judge has been added and took 1 entry" : `The judge has been added and took ${n("taken")} entries`;
  return null;
}

type Refusal = { errors: Record<string, string>; values: Record<string, string>; problems: string[]; form: "confirm" | "move" | "late" | "other"; overridable: boolean };

function refuse(r: Partial<Refusal> & Pick<Refusal, "form" | "values">) {
  return data<Refusal>({ errors: {}, problems: [], overridable: false, ...r }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const { db, cycleId } = await cycleFrom(params);
  const formData = await readForm(request);
  const values = formValues(formData);
  const intent = formData.get("intent");
  const base = `/admin/cycles/${cycleId}/judging/assignment`;

  if (intent === "confirm") {
    const parsed = parseForm(SeedSchema, formData);
    if (!parsed.ok) return refuse({ form: "confirm", values, problems: [parsed.errors.seed ?? "Preview the assignment again, then confirm it"] });
    const result = await confirmAssignment(db, { cycleId, seed: parsed.data.seed, actorUserId: admin.id });
    if (!result.ok) return refuse({ form: "confirm", values, problems: result.problems });
    return redirect(`${base}?seed=${parsed.data.seed}&notice=confirmed&added=${result.added}`);
  }

  if (intent === "move") {
    const parsed = parseForm(MoveSchema, formData);
    if (!parsed.ok) return refuse({ form: "move", values, errors: parsed.errors });
    const { entryId, fromJudgeId, toJudgeId, reason, override } = parsed.data;
    const result = await moveAssignment(db, { cycleId, entryId, fromJudgeId, toJudgeId, reason, override: override === "yes", actorUserId: admin.id });
    if (!result.ok) return refuse({ form: "move", values, problems: result.problems, overridable: result.overridable });
    return redirect(`${base}?notice=moved`);
  }

  if (intent === "late") {
    const raw = String(formData.get("lateJudgeId") ?? "");
    if (!/^[1-9][0-9]{0,14}$/.test(raw)) return refuse({ form: "late", values, errors: { lateJudgeId: "Select the judge who is joining" } });
    const result = await addLateJudge(db, { cycleId, judgeId: Number(raw), actorUserId: admin.id });
    if (!result.ok) return refuse({ form: "late", values, errors: { lateJudgeId: result.problem } });
    return redirect(`${base}?notice=late&taken=${result.taken}`);
  }

  return refuse({ form: "other", values, problems: ["Choose what to do"] });
}

const FIELD_ORDER = ["entryId", "fromJudgeId", "toJudgeId", "reason", "override", "lateJudgeId"];

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
      {!actionData && notice ? <SuccessBanner title={notice} /> : null}
      <span className="nhsuk-caption-l">Judging {cycle.year}</span>
      <h1>Assigning judges</h1>
      <p>
        Each released entry gets {cycle.perEntry} judges, at least one from the employer side and one from the staff side, never a judge with a conflict of
        interest, with every judge's load within one of the others. Only released entries are assigned:{" "}
        <Link to={`/admin/cycles/${cycle.id}/judging`}>review and release entries</Link> first.
      </p>

      <h2 id="confirm" tabIndex={-1}>
        Proposed assignment
      </h2>
      {live.length === 0 ? (
        <p>No entry has been released to judging yet.</p>
      ) : proposal.ok ? (
        <>
          <p>
            Seed {seed}. {proposal.added === 0 ? "Every released entry already has its judges: there is nothing to add." : `${proposal.added} new ${proposal.added === 1 ? "assignment" : "assignments"} (marked new); existing ones are kept.`}
          </p>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Proposed judges for each released entry</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Organisation</th>
                <th scope="col">Judges</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {proposal.rows.map((row) => (
                <tr key={row.entryId}>
                  <th scope="row">
                    <code>{row.code}</code>
                  </th>
                  <td>{row.organisation}</td>
                  <td>
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {row.judges.map((j) => (
                        <li key={j.id}>
                          {j.name} ({j.side}){j.isNew ? <> <Tag colour="blue">New</Tag></> : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Loads</h3>
          <p>
            Judges who could take more have between {proposal.stats.minLoad} and {proposal.stats.maxLoad} entries.{" "}
            {proposal.stats.connected
              ? "Every judge is linked to every other through the entries they share, so their scores can be compared."
              : "The judges fall into separate groups that share no entries, so scores cannot all be compared."}{" "}
            {proposal.stats.pairsSharingEntries} pairs of judges share at least one entry.
          </p>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Entries per judge in the proposed assignment</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Judge</th>
                <th scope="col">Side</th>
                <th scope="col">Entries</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {proposal.loads.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.name}</th>
                  <td>{l.side}</td>
                  <td>{l.load}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {proposal.added > 0 ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="seed" value={seed} />
              <Button>Confirm this assignment</Button>
            </Form>
          ) : null}
        </>
      ) : (
        <Warning title="The judges cannot be assigned by the rules">
          <ul>
            {proposal.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p>Release more entries, add judges or change their conflicts, then preview again.</p>
        </Warning>
      )}
      {live.length > 0 ? (
        <details className="nhsuk-details" open={Boolean(seedError) || params.has("seed")}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Try another seed</span>
          </summary>
          <div className="nhsuk-details__text">
            <Form method="get" noValidate>
              <TextInput
                name="seed"
                label="Seed"
                hint="Any whole number from 1 to 999999. Each gives a different assignment that keeps the same rules."
                error={seedError ?? undefined}
                defaultValue={seedText}
                width={10}
                autoComplete="off"
              />
              <Button variant="secondary">Preview</Button>
            </Form>
          </div>
        </details>
      ) : null}

      <h2>Current assignments</h2>
      {liveCount === 0 ? (
        <p>No judge has been assigned yet.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Judges assigned to each entry, with their progress</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Organisation</th>
              <th scope="col">Judges and their score sheets</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {live.map((row) => (
              <tr key={row.entryId}>
                <th scope="row">
                  <code>{row.code}</code>
                </th>
                <td>{row.organisation}</td>
                <td>
                  {row.judges.length === 0 ? (
                    "None"
                  ) : (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {row.judges.map((j) => (
                        <li key={j.id}>
                          {j.name} ({j.side}): <SheetProgressTag progress={j.progress} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {liveCount > 0 ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h2 id="move" tabIndex={-1}>
              Move one assignment
            </h2>
            <p>A judge who has submitted their score sheet for an entry cannot be moved off it. Conflicts of interest and the side rule cannot be overridden.</p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="move" />
              <Select name="entryId" label="Entry" placeholder="Select the entry" options={entryOptions} error={errors.entryId} defaultValue={moveValues.entryId} />
              <Select name="fromJudgeId" label="Move it from" placeholder="Select a judge" options={judges} error={errors.fromJudgeId} defaultValue={moveValues.fromJudgeId} />
              <Select name="toJudgeId" label="Move it to" placeholder="Select a judge" options={judges} error={errors.toJudgeId} defaultValue={moveValues.toJudgeId} />
              <Textarea name="reason" label="Reason for the move" hint="Recorded with the assignment and in the audit log" error={errors.reason} defaultValue={moveValues.reason} rows={3} />
              {actionData?.form === "move" && actionData.overridable ? (
                <div className="nhsuk-form-group">
                  <div className="nhsuk-checkboxes">
                    <div className="nhsuk-checkboxes__item">
                      <input className="nhsuk-checkboxes__input" id="override" name="override" type="checkbox" value="yes" aria-describedby="override-hint" />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="override">
                        Override the load balance rule
                      </label>
                      <div className="nhsuk-hint nhsuk-checkboxes__hint" id="override-hint">
                        The loads will be further apart than the rule allows. Your reason is recorded.
                      </div>
                    </div>
                  </div>
                </div>
              ) : null}
              <Button variant="secondary">Move the assignment</Button>
            </Form>

            <h2 id="late" tabIndex={-1}>
              Add a late judge
            </h2>
            <p>
              A judge who joins after the assignment takes over entries whose score sheets are not started, from the busiest judges, as long as every rule still
              holds.
            </p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="late" />
              <Select
                name="lateJudgeId"
                label="Judge joining"
                placeholder="Select a judge"
                options={judges}
                error={errors.lateJudgeId}
                defaultValue={actionData?.form === "late" ? values.lateJudgeId : undefined}
              />
              <Button variant="secondary">Add the judge</Button>
            </Form>
          </div>
        </div>
      ) : null}
    </>
  );
}
