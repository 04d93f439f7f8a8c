// The final round and the announcement, for the secretariat: where the cycle stands, the finalists,
// the final-round panel and its progress (with reopening a submitted sheet), the presentations, the
// embargoed decisions, the finalists' case studies, and the announcement (moved, or published now).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle, SheetProgressTag } from "~/components/admin";
import { Tag } from "~/components/nhsuk";
import { UkDateTimeInput } from "~/components/cycle-fields";
import { Button, Checkboxes, ErrorSummary, NoticeSuccessBanner, NotificationBanner, Radios, Textarea, type FormValues, type Notice } from "~/components/forms";
import { JudgingBreadcrumb, Warning } from "~/components/judging-admin";
import { embargoed } from "~/domain/announcement";
import { RESULT_LABELS } from "~/domain/archive";
import { judgeSideLabel } from "~/domain/permissions";
import { STAGE_LABELS, type Stage } from "~/domain/stages";
import { formatUkDeadline, utcToUk } from "~/domain/uk-time";
import { draftDetails } from "~/models/case-study-details.server";
import { finalRoundProgress, isFinalRoundSheet, publishedCaseStudyLinks } from "~/models/final-round.server";
import { listJudges } from "~/models/judges.server";
import { ensureCaseStudyDrafts, listCaseStudyDrafts, moveAnnouncement, publishNow } from "~/models/publication.server";
import { reopenScoreSheet } from "~/models/score-sheets.server";
import { getDecisions, getFinalPanel, getShortlist, recordDecisions, setFinalPanel } from "~/models/shortlist.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { FinalIntentSchema, FinalNoticeSchema, parseDecisions, parseMoveAnnouncement, parsePanel, parseReopen } from "~/request/final-forms.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Final round ${data.cycle.year}` : "Final round", "Award cycles") }];

/** Each finalist's slot on the final judging day: a 15-minute presentation and 15 minutes of questions. */
const PRESENTATION_MINUTES = 15;
const QUESTIONS_MINUTES = 15;

function nextStep(stage: Stage, confirmed: boolean, published: boolean): string {
  if (published || stage === "announced" || stage === "archived") return "The results have been announced and published in the archive of winners.";
  if (stage === "shortlisting") {
    return confirmed
      ? "The shortlist is confirmed. Next: choose the final-round panel, then move the cycle to the final round on the cycle page."
      : "Next: choose and confirm the finalists on the shortlist page. The final round follows.";
  }
  if (stage === "final") return "Next: the panel scores the finalists' presentations, you record the winner and any highly commended entries, and the results are published at the announcement.";
  return "The final round comes after judging and shortlisting.";
}

function noticeFrom(url: URL): Notice | null {
  const n = FinalNoticeSchema.parse(Object.fromEntries(url.searchParams));
  switch (n.notice) {
    case "panel": {
      const lines = [`${n.assigned ?? 0} new final-round ${(n.assigned ?? 0) === 1 ? "score sheet was" : "score sheets were"} assigned.`];
      if (n.skipped) lines.push(`${n.skipped} ${n.skipped === 1 ? "pairing was" : "pairings were"} left out because of a conflict of interest.`);
      return { title: "The final-round panel has been saved", lines };
    }
    case "reopened":
      return { title: "The score sheet has been reopened", lines: ["Its judge can change it and submit it again."] };
    case "decisions":
      return { title: "The decisions have been recorded", lines: ["They stay embargoed until the announcement."] };
    case "moved":
      return { title: "The announcement has been moved", lines: [] };
    case "published":
      return { title: "The results have been published", lines: ["Finalists have been emailed their results."] };
    default:
      return null;
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const confirmed = cycle.shortlist_confirmed_at !== null;
  const published = !embargoed(cycle);
  if (confirmed && !published) await ensureCaseStudyDrafts(db, { cycleId });
  const [shortlist, judges, panel, progress, decisions, drafts, links] = await Promise.all([
    confirmed ? getShortlist(db, cycleId) : Promise.resolve([]),
    listJudges(db),
    getFinalPanel(db, cycleId),
    finalRoundProgress(db, cycleId),
    getDecisions(db, cycleId),
    listCaseStudyDrafts(db, cycleId),
    publishedCaseStudyLinks(db, cycleId),
  ]);
  // Personal details nobody agreed to, per case study, while there is still time to decide (decision 020).
  const undecided = new Map(
    published ? [] : await Promise.all(drafts.map(async (d) => [d.nominationId, (await draftDetails(db, { nominationId: d.nominationId, fields: d.fields })).filter((x) => x.status === "undecided").length] as const)),
  );
  const onPanel = new Set(panel);
  const slot = (PRESENTATION_MINUTES + QUESTIONS_MINUTES) * 60_000;
  const announcementUk = cycle.announcement_at ? utcToUk(cycle.announcement_at) : null;
  return {
    notice: noticeFrom(new URL(request.url)),
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stage: cycle.stage,
      stageLabel: STAGE_LABELS[cycle.stage],
      next: nextStep(cycle.stage, confirmed, published),
      confirmed,
      published,
      publishedAt: cycle.published_at ? formatUkDateTime(cycle.published_at) : null,
      announcement: cycle.announcement_at ? formatUkDeadline(cycle.announcement_at) : null,
      announcementValues: { announcement_date: announcementUk?.date ?? "", announcement_time: announcementUk?.time ?? "" } as FormValues,
      finalJudging: cycle.final_judging_at ? formatUkDeadline(cycle.final_judging_at) : null,
      panelOpen: confirmed && !published && (cycle.stage === "shortlisting" || cycle.stage === "final"),
      decisionsOpen: confirmed && !published && (cycle.stage === "shortlisting" || cycle.stage === "final"),
    },
    finalists: shortlist.map((f, i) => {
      const start = cycle.final_judging_at ? Date.parse(cycle.final_judging_at) + i * slot : null;
      return {
        nominationId: f.nominationId,
        code: f.code,
        organisation: f.organisation,
        title: f.title,
        slot: start === null ? null : `${utcToUk(new Date(start)).time} to ${utcToUk(new Date(start + slot)).time}`,
      };
    }),
    judges: judges.map((j) => ({ id: j.id, name: j.name, side: judgeSideLabel(j.side), onPanel: onPanel.has(j.id) })),
    progress: {
      judges: progress.judges.map((j) => ({ ...j, side: judgeSideLabel(j.side) })),
      finalists: progress.finalists,
    },
    decisions: decisions.map((d) => ({ ...d, label: RESULT_LABELS[d.result] })),
    caseStudies: drafts.map((d) => ({
      nominationId: d.nominationId,
      code: d.code,
      organisation: d.organisation,
      title: d.fields.title,
      version: d.version,
      consent: d.consent,
      updated: formatUkDateTime(d.updatedAt),
      publicPath: links.get(d.nominationId)?.path ?? null,
      undecided: undecided.get(d.nominationId) ?? 0,
      result: published ? (decisions.find((x) => x.nominationId === d.nominationId)?.result ?? "finalist") : null,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const intent = FinalIntentSchema.safeParse(formData.get("intent"));
  const here = `/admin/cycles/${cycleId}/final`;
  if (!intent.success) return invalid({ errors: { form: "Choose what to do" }, values: formValues(formData) });

  switch (intent.data) {
    case "panel": {
      const judges = await listJudges(db);
      const parsed = parsePanel(formData, new Set(judges.map((j) => j.id)));
      if (!parsed.ok) return invalid(parsed);
      const saved = await setFinalPanel(db, { cycleId, judgeIds: parsed.data.judgeIds, actorUserId: admin.id });
      if (!saved.ok) return invalid({ errors: { judge: saved.problem }, values: { ...formValues(formData), judge: parsed.data.judgeIds.join(",") } });
      return redirect(`${here}?notice=panel&assigned=${saved.assigned}&skipped=${saved.skippedForConflicts}`);
    }
    case "reopen": {
      const parsed = parseReopen(formData);
      if (!parsed.ok) return invalid(parsed);
      // Only this cycle's final-round sheets are reopened here: any other id names nothing on this page.
      if (!(await isFinalRoundSheet(db, { cycleId, sheetId: parsed.data.sheetId }))) notFound();
      const reopened = await reopenScoreSheet(db, { sheetId: parsed.data.sheetId, reason: parsed.data.reason, actorUserId: admin.id });
      if (!reopened) return invalid({ errors: { [`reason_${parsed.data.sheetId}`]: "This score sheet is not submitted, so there is nothing to reopen" }, values: formValues(formData) });
      return redirect(`${here}?notice=reopened`);
    }
    case "decisions": {
      const finalists = await getShortlist(db, cycleId);
      const parsed = parseDecisions(
        formData,
        finalists.map((f) => f.nominationId),
      );
      if (!parsed.ok) return invalid(parsed);
      const recorded = await recordDecisions(db, { cycleId, decisions: parsed.data.decisions, actorUserId: admin.id });
      if (!recorded.ok) {
        const values = { ...formValues(formData), winner: formData.getAll("winner").join(","), hc: formData.getAll("hc").join(",") };
        return invalid({ errors: { winner: recorded.problem }, values });
      }
      return redirect(`${here}?notice=decisions`);
    }
    case "move": {
      const parsed = parseMoveAnnouncement(formData);
      if (!parsed.ok) return invalid(parsed);
      const moved = await moveAnnouncement(db, { cycleId, to: parsed.data.to, actorUserId: admin.id });
      if (!moved.ok) return invalid({ errors: { announcement: moved.problem }, values: formValues(formData) });
      return redirect(`${here}?notice=moved`);
    }
    case "publish": {
      const outcome = await publishNow(db, { cycleId, actorUserId: admin.id });
      if ("problem" in outcome) return invalid({ errors: { publish: outcome.problem }, values: formValues(formData) });
      return redirect(`${here}?notice=published`);
    }
  }
}

const ERROR_ORDER = ["form", "judge", "winner", "hc", "announcement", "publish"];

function Intent({ value }: { value: string }) {
  return <input type="hidden" name="intent" value={value} />;
}

export default function FinalRound() {
  const { notice, cycle, finalists, judges, progress, decisions, caseStudies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const sent = actionData?.values as FormValues | undefined;
  const valuesFor = (intent: string): FormValues | undefined => (sent?.intent === intent ? sent : undefined);
  const panelValues = valuesFor("panel");
  const panelChecked = new Set(panelValues ? (panelValues.judge ?? "").split(",").filter(Boolean) : judges.filter((j) => j.onPanel).map((j) => String(j.id)));
  const decisionValues = valuesFor("decisions");
  const winner = decisionValues ? decisionValues.winner : String(decisions.find((d) => d.result === "winner")?.nominationId ?? "");
  const hc = new Set(decisionValues ? (decisionValues.hc ?? "").split(",").filter(Boolean) : decisions.filter((d) => d.result === "highly_commended").map((d) => String(d.nominationId)));
  const rationale = (nominationId: number) => (decisionValues ? decisionValues[`rationale_${nominationId}`] : decisions.find((d) => d.nominationId === nominationId)?.rationale);
  const nameOf = (nominationId: number) => finalists.find((f) => f.nominationId === nominationId)?.organisation ?? caseStudies.find((c) => c.nominationId === nominationId)?.organisation ?? `Entry ${nominationId}`;
  const moveValues = valuesFor("move") ?? cycle.announcementValues;
  const undecidedStudies = caseStudies.filter((c) => c.undecided > 0);
  const reopenValues = valuesFor("reopen");

  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} />
      <ErrorSummary errors={errors} order={ERROR_ORDER} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <span className="nhsuk-caption-l">Award cycle {cycle.year}</span>
      <h1>Final round and announcement</h1>
      <p>
        <Link to={`/admin/cycles/${cycle.id}`}>Back to the award cycle {cycle.year}</Link>
      </p>

      <h2>Where the cycle is</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Stage</dt>
          <dd className="nhsuk-summary-list__value">
            <Tag colour={cycle.published ? "green" : "blue"}>{cycle.stageLabel}</Tag>
            <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Shortlisting, then the final round, then the announcement.</p>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">What comes next</dt>
          <dd className="nhsuk-summary-list__value">{cycle.next}</dd>
        </div>
      </dl>

      <h2>Finalists</h2>
      {!cycle.confirmed ? (
        <p>
          The finalists are shown here once the shortlist is confirmed. <Link to={`/admin/cycles/${cycle.id}/shortlist`}>Choose and confirm the shortlist</Link>.
        </p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {finalists.map((f) => (
            <li key={f.nominationId}>
              <strong>{f.organisation}</strong>: {f.title || "Untitled"} (Entry <code>{f.code}</code>)
            </li>
          ))}
        </ul>
      )}

      <h2>The final-round panel</h2>
      {!cycle.confirmed ? (
        <p>The panel is chosen once the shortlist is confirmed: confirming the shortlist is what shows the finalists' names to the panel.</p>
      ) : cycle.panelOpen ? (
        <Form method="post" noValidate>
          <Intent value="panel" />
          <Checkboxes
            name="judge"
            legend="Judges on the panel"
            hint="Each judge on the panel scores every finalist they have no conflict of interest with. Taking a judge off removes their unsubmitted final-round sheets."
            error={errors?.judge}
            options={judges.map((j) => ({ value: String(j.id), label: j.name, hint: j.side }))}
            checked={panelChecked}
          />
          <Button>Save the panel</Button>
        </Form>
      ) : (
        <p>The panel can no longer change.</p>
      )}

      <h3>Progress by judge</h3>
      {progress.judges.length === 0 ? (
        <p>No judge is on the final-round panel yet.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Each panel judge's final-round score sheets</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">Side</th>
              <th scope="col">Assigned</th>
              <th scope="col">Not started</th>
              <th scope="col">Draft</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {progress.judges.map((j) => (
              <tr key={j.judgeId}>
                <th scope="row">
                  {j.name}
                  {j.onPanel ? null : (
                    <>
                      {" "}
                      <Tag colour="grey">Off the panel</Tag>
                    </>
                  )}
                </th>
                <td>{j.side}</td>
                <td>{j.assigned}</td>
                <td>{j.notStarted}</td>
                <td>{j.draft}</td>
                <td>{j.submitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Progress by finalist</h3>
      {progress.finalists.length === 0 ? (
        <p>There are no finalists yet.</p>
      ) : (
        progress.finalists.map((f) => (
          <div key={f.nominationId} className="nhsuk-u-margin-bottom-5">
            <h4>
              {f.organisation} (Entry <code>{f.code}</code>): {f.submitted} of {f.assigned} submitted
            </h4>
            {f.sheets.length === 0 ? (
              <p>No judge is assigned yet.</p>
            ) : (
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Final-round score sheets for {f.organisation} (Entry {f.code})</caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Judge</th>
                    <th scope="col">Sheet</th>
                    <th scope="col">Reopen</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {f.sheets.map((s) => (
                    <tr key={s.assignmentId}>
                      <th scope="row">{s.judgeName}</th>
                      <td>
                        <SheetProgressTag progress={s.progress} />
                        {s.reopenedReason && s.progress !== "submitted" ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">Reopened: {s.reopenedReason}</p> : null}
                      </td>
                      <td>
                        {s.progress === "submitted" && s.sheetId !== null && !cycle.published ? (
                          <Form method="post" noValidate>
                            <Intent value="reopen" />
                            <input type="hidden" name="sheet_id" value={s.sheetId} />
                            <Textarea
                              name={`reason_${s.sheetId}`}
                              label={`Why reopen ${s.judgeName}'s sheet`}
                              error={errors?.[`reason_${s.sheetId}`]}
                              defaultValue={reopenValues?.sheet_id === String(s.sheetId) ? reopenValues[`reason_${s.sheetId}`] : undefined}
                              rows={2}
                            />
                            <Button variant="secondary">Reopen this sheet</Button>
                          </Form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))
      )}
      <p>
        <Link to={`/admin/cycles/${cycle.id}/results?round=final`}>See the final-round results</Link>
      </p>

      <h2>Presentations</h2>
      <p>
        Each finalist presents to the panel for {PRESENTATION_MINUTES} minutes, followed by {QUESTIONS_MINUTES} minutes of questions
        {cycle.finalJudging ? (
          <>
            , from <strong>{cycle.finalJudging}</strong> (UK time).
          </>
        ) : (
          <>. The final judging day has not been set yet: set it with the cycle's dates on the cycle page.</>
        )}
      </p>
      {cycle.finalJudging && finalists.length > 0 ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">Running order (UK time)</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Finalist</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {finalists.map((f) => (
              <tr key={f.nominationId}>
                <td>{f.slot}</td>
                <td>
                  {f.organisation} (Entry {f.code})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>Decisions</h2>
      {cycle.published ? (
        decisions.length === 0 ? (
          <p>No decisions were recorded.</p>
        ) : (
          <dl className="nhsuk-summary-list">
            {decisions.map((d) => (
              <div className="nhsuk-summary-list__row" key={d.nominationId}>
                <dt className="nhsuk-summary-list__key">{d.label}</dt>
                <dd className="nhsuk-summary-list__value">
                  <strong>{nameOf(d.nominationId)}</strong>
                  <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{d.rationale}</p>
                </dd>
              </div>
            ))}
          </dl>
        )
      ) : !cycle.confirmed ? (
        <p>The winner is chosen from the finalists once the shortlist is confirmed.</p>
      ) : (
        <>
          <Warning title="Embargoed until the announcement">
            <p>Only the secretariat sees these decisions. Finalists, judges and the public see nothing of them until the results are published.</p>
          </Warning>
          {cycle.decisionsOpen ? (
            <Form method="post" noValidate>
              <Intent value="decisions" />
              <Radios
                name="winner"
                legend="Winner"
                hint="Choose one finalist"
                error={errors?.winner}
                defaultValue={winner}
                options={finalists.map((f) => ({ value: String(f.nominationId), label: `${f.organisation} (Entry ${f.code})`, hint: f.title || "Untitled" }))}
              />
              <Checkboxes
                name="hc"
                legend="Highly commended (optional)"
                hint="Any other finalists the panel highly commends"
                error={errors?.hc}
                options={finalists.map((f) => ({ value: String(f.nominationId), label: `${f.organisation} (Entry ${f.code})` }))}
                checked={hc}
              />
              <h3>Rationale</h3>
              <p className="nhsuk-hint">Give the panel's rationale for the winner and for each highly commended finalist.</p>
              {finalists.map((f) => (
                <Textarea
                  key={f.nominationId}
                  name={`rationale_${f.nominationId}`}
                  label={`Rationale for ${f.organisation} (Entry ${f.code})`}
                  hint="Needed if this finalist is the winner or highly commended"
                  error={errors?.[`rationale_${f.nominationId}`]}
                  defaultValue={rationale(f.nominationId)}
                  rows={3}
                />
              ))}
              <Button>Record the decisions</Button>
            </Form>
          ) : (
            <p>Decisions are recorded in the shortlisting or final round stage.</p>
          )}
        </>
      )}

      <h2>Case studies</h2>
      {caseStudies.length === 0 ? (
        <p>Each finalist's case study is drafted from their nomination once the shortlist is confirmed.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The finalists' case studies</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Finalist</th>
              <th scope="col">Version</th>
              <th scope="col">Consent to publish</th>
              {cycle.published ? <th scope="col">Published</th> : <th scope="col">Personal details</th>}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {caseStudies.map((c) => (
              <tr key={c.nominationId}>
                <th scope="row">
                  <Link to={`/admin/cycles/${cycle.id}/case-studies/${c.nominationId}`}>
                    <span className="nhsuk-u-visually-hidden">Case study of </span>
                    {c.organisation}
                  </Link>
                  <br />
                  <span className="nhsuk-body-s">{c.title ?? "Untitled"}</span>
                </th>
                <td>
                  {c.version}
                  <br />
                  <span className="nhsuk-body-s">saved {c.updated}</span>
                </td>
                <td>{c.consent ? <Tag colour="green">Given</Tag> : <Tag colour="orange">Not given: name and result only</Tag>}</td>
                {cycle.published ? (
                  <td>
                    {c.publicPath ? (
                      <a href={c.publicPath}>
                        {c.result ? RESULT_LABELS[c.result] : "View"}
                        <span className="nhsuk-u-visually-hidden">: {c.organisation}</span>
                      </a>
                    ) : (
                      "Not published"
                    )}
                  </td>
                ) : (
                  <td>{c.undecided > 0 ? <Tag colour="red">{c.undecided} not agreed</Tag> : <Tag colour="green">All agreed or decided</Tag>}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {undecidedStudies.length > 0 ? (
        <Warning title="Personal details nobody has agreed to publish">
          <p>
            {undecidedStudies.map((c) => c.organisation).join(", ")}: keep or remove each detail on the case study's page. Until you do, the results
            cannot be published now, and at the announcement time{cycle.announcement ? ` (${cycle.announcement})` : ""} those details are replaced with
            "[removed]".
          </p>
        </Warning>
      ) : null}

      <h2>The announcement</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">When</dt>
          <dd className="nhsuk-summary-list__value">{cycle.announcement ? `${cycle.announcement} (UK time)` : "Not set"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Published</dt>
          <dd className="nhsuk-summary-list__value">
            {cycle.publishedAt ? `Yes, at ${cycle.publishedAt}` : "Not yet: the results are published by themselves at the announcement time"}
          </dd>
        </div>
      </dl>
      {cycle.published ? (
        <>
          <p>
            <a href={`/winners/${cycle.year}`}>See the {cycle.year} results in the archive of winners</a>
          </p>
        </>
      ) : (
        <>
          <h3>Move the announcement</h3>
          <Form method="post" noValidate>
            <Intent value="move" />
            <UkDateTimeInput name="announcement" legend="New announcement time" hint="UK time, for example 12 November at 19:00" error={errors?.announcement} values={moveValues} />
            <Button variant="secondary">Move the announcement</Button>
          </Form>
          <h3 id="publish">Publish now</h3>
          {errors?.publish ? (
            <NotificationBanner title="The results were not published">
              <p>{errors.publish}</p>
            </NotificationBanner>
          ) : null}
          <Warning title="Publishing cannot be undone">
            <p>
              Publishing now lifts the embargo: the winner, highly commended and finalists appear in the archive of winners with their case studies, the
              cycle moves to announced, and every finalist is emailed their result.
            </p>
          </Warning>
          <Form method="post">
            <Intent value="publish" />
            <Button variant="warning">Publish the results now</Button>
          </Form>
        </>
      )}
    </>
  );
}
