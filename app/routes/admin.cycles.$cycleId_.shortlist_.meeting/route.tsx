// The shortlisting meeting, for the secretariat only (decision 033): before the shortlist is confirmed,
// every first-round entry with the ones that need talking about first (in doubt, judges disagree, the
// sides diverge), its scores by criterion, judge (by code) and side, the judges who step out for it,
// and a form per entry for the panel's agreed position and any divergent view, in the SPF's own words.
// Once the shortlist is confirmed the record is read-only. One entry's section: ./entry-section.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NotificationBanner, NoticeSuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption } from "~/components/nhsuk";
import { MEETING_REASON_LABELS } from "~/domain/shortlisting-meeting";
import { STAGE_LABELS } from "~/domain/stages";
import { judgingEntryCode } from "~/models/judging-entries.server";
import { meetingAgenda, saveMeetingRecord } from "~/models/shortlisting-meeting.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { EntrySection } from "./entry-section";
import { meetingFailure, MEETING_INTENTS, meetingNotices, parseMeetingForm } from "./form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Shortlisting meeting ${data.cycle.year}` : "Shortlisting meeting", "Award cycles") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const confirmed = cycle.shortlist_confirmed_at !== null;
  const agenda = await meetingAgenda(db, cycleId);
  return {
    cycle: { id: cycle.id, year: cycle.year, stage: STAGE_LABELS[cycle.stage] },
    confirmed,
    editable: !confirmed && cycle.stage === "shortlisting",
    notice: meetingNotices.from(request),
    criteria: agenda.criteria.map((c) => ({ id: c.id, title: c.title })),
    n: agenda.n,
    entries: agenda.entries,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  return byIntent(formData, MEETING_INTENTS, {
    record: async () => {
      const posted = parseMeetingForm(formData);
      if (!posted) return invalid({ errors: { form: "Choose an entry to record" }, values: formValues(formData) });
      const result = await saveMeetingRecord(db, { cycleId, nominationId: posted.nominationId, record: posted.record, actorUserId: admin.id });
      if (!result.ok) {
        if ("fields" in result) return invalid(meetingFailure(formData, posted.nominationId, posted.record, result.fields));
        return invalid({ errors: { form: result.problem }, values: formValues(formData) });
      }
      const code = await judgingEntryCode(db, { cycleId, nominationId: posted.nominationId });
      return redirect(`${meetingNotices.href(`/admin/cycles/${cycleId}/shortlist/meeting`, "saved")}${code ? `#entry-${code}` : ""}`);
    },
  });
}

export default function ShortlistingMeeting() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { cycle } = data;
  const shortlistHref = `/admin/cycles/${cycle.id}/shortlist`;
  const toTalkAbout = data.entries.filter((e) => e.reasons.length > 0);
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/results`, label: "Results" }, { href: shortlistHref, label: "Shortlist" }]} />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && data.notice ? <NoticeSuccessBanner notice={data.notice} /> : null}
      <Caption size="l">
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </Caption>
      <h1>Shortlisting meeting</h1>
      <p>
        The panel talks through the entries before the shortlist is confirmed, and the secretariat records, entry by entry, the panel&apos;s agreed
        position and any divergent view. The record feeds each finalist&apos;s rationale on the <Link to={shortlistHref}>shortlist</Link> and is in the
        results download.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>From the SPF members&apos; handbook:</p>
        <ul>
          <li>Strive for consensus as far as possible.</li>
          <li>Where a consensus is not reached but a recommendation still must be made, the divergence of views needs to be clearly noted.</li>
          <li>During the meetings individuals have the right to express opinions without having their views quoted outside of the meeting.</li>
        </ul>
        <p>
          So the record names judges by code only, judges with a conflict of interest step out for that entry, and only the secretariat sees the
          record: no judge does.
        </p>
      </div>
      {data.confirmed ? (
        <NotificationBanner title="The shortlist is confirmed">
          <p>The meeting&apos;s record is kept as it was when the shortlist was confirmed and can no longer change.</p>
        </NotificationBanner>
      ) : !data.editable ? (
        <NotificationBanner title="The meeting is held in the shortlisting stage">
          <p>Move the cycle to shortlisting, once first-round judging has closed, to record the meeting. The scores below may still change.</p>
        </NotificationBanner>
      ) : null}
      {data.entries.length === 0 ? (
        <p>No entry has been released to judging, so there is nothing to discuss.</p>
      ) : (
        <>
          <h2>To talk about first</h2>
          {toTalkAbout.length ? (
            <ul>
              {toTalkAbout.map((e) => (
                <li key={e.nominationId}>
                  <a href={`#entry-${e.code}`}>Entry {e.code}</a>: {e.reasons.map((r) => MEETING_REASON_LABELS[r].toLowerCase()).join(", ")}
                </li>
              ))}
            </ul>
          ) : (
            <p>No entry is in doubt, and no entry&apos;s judges or sides are far apart. The entries follow in rank order.</p>
          )}
          {data.entries.map((e) => (
            <EntrySection key={e.nominationId} entry={e} criteria={data.criteria} n={data.n} editable={data.editable} errors={actionData?.errors} values={actionData?.values} />
          ))}
        </>
      )}
    </>
  );
}
