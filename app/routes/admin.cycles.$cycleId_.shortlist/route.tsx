// Choosing the finalists, in the shortlisting stage: the first round's entries ranked by the chosen
// method (normalised score unless another is chosen or was saved), the top N proposed, a rationale
// for each finalist, "Save shortlist", and then the separate, recorded step that confirms it and
// reveals the finalists to the final-round panel (and e-mails them). Afterwards: the finalists,
// named, read-only. In other stages the page says what stage is needed. Each form has its section
// beside this file and its action function in actions.server.ts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner, NotificationBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption } from "~/components/nhsuk";
import { postedFrom } from "~/components/posted";
import { STAGE_LABELS, type Stage } from "~/domain/stages";
import { getShortlist } from "~/models/finalists.server";
// The shortlisting meeting (decision 033): its record beside each entry, and the way to the meeting.
import { MeetingLinkSection } from "~/components/meeting-record";
import { meetingRecordsById } from "~/models/shortlisting-meeting.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { confirm, save } from "./actions.server";
import { ChooseSection } from "./choose-section";
import { ConfirmSection } from "./confirm-section";
import { ConfirmedSection } from "./confirmed-section";
import { methodParam, savedMethod, SHORTLIST_INTENTS } from "./form.server";
import { shortlistNotices } from "./notices.server";
import { rankedForShortlist } from "./ranking.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Shortlist ${data.cycle.year}` : "Shortlist", "Award cycles") }];

/** What has to happen before finalists can be chosen, by stage. */
function stageProblem(stage: Stage): string {
  if (stage === "judging") return "Finalists are chosen in the shortlisting stage. Move the cycle to shortlisting first, once first-round judging has closed.";
  if (["draft", "open", "closed"].includes(stage)) return "Finalists are chosen in the shortlisting stage, after first-round judging. Move the cycle to judging and then to shortlisting first.";
  return "The shortlisting stage has passed without a confirmed shortlist, so finalists can no longer be chosen here.";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const url = new URL(request.url);
  const noticeKind = shortlistNotices.kindFrom(url);
  const base = { id: cycle.id, year: cycle.year, stage: STAGE_LABELS[cycle.stage], n: cycle.finalists_count };
  const shortlist = await getShortlist(db, cycleId);
  const meeting = await meetingRecordsById(db, cycleId);
  if (cycle.shortlist_confirmed_at) {
    return {
      state: "confirmed" as const,
      notice: noticeKind === "confirmed" ? shortlistNotices.from(url) : null,
      cycle: base,
      method: savedMethod(cycle.shortlist_method),
      meeting,
      finalists: shortlist.map((s) => ({ nominationId: s.nominationId, code: s.code, organisation: s.organisation, title: s.title, rationale: s.rationale })),
    };
  }
  if (cycle.stage !== "shortlisting") return { state: "wrong_stage" as const, notice: null, cycle: base, problem: stageProblem(cycle.stage), meeting };
  const method = methodParam(url) ?? savedMethod(cycle.shortlist_method) ?? "normalised";
  const { entries, proposed, tieAtCut } = await rankedForShortlist(db, { cycleId, method, finalists: cycle.finalists_count });
  // Saved picks are shown as saved; before anything is saved, the proposal is ticked.
  const picks = shortlist.length ? shortlist.map((s) => s.nominationId) : proposed;
  const rationales = Object.fromEntries(shortlist.map((s) => [String(s.nominationId), s.rationale]));
  return {
    state: "choosing" as const,
    notice: noticeKind === "saved" ? shortlistNotices.from(url) : null,
    cycle: base,
    method,
    savedMethod: savedMethod(cycle.shortlist_method),
    entries,
    proposed,
    tieAtCut,
    picks,
    rationales,
    saved: shortlist.map((s) => s.code),
    meeting,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, db, cycle } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const args = { formData, db, cycle, adminId: admin.id };
  return byIntent(formData, SHORTLIST_INTENTS, {
    save: () => save(args),
    confirm: () => confirm(args),
  });
}

export default function Shortlist() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const posted = postedFrom(actionData);
  const { cycle } = data;
  const resultsHref = `/admin/cycles/${cycle.id}/results`;
  // The pages the secretariat goes to from here, one line each.
  const related = [{ href: resultsHref, label: "See the full results table" }];
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: resultsHref, label: "Results" }]} />
      <ErrorSummary errors={posted.errors} />
      {!actionData && data.notice ? <NoticeSuccessBanner notice={data.notice} /> : null}
      <Caption>
        Award cycle {cycle.year}: {cycle.stage.toLowerCase()}
      </Caption>
      <h1>Shortlist</h1>
      <ul className="nhsuk-list">
        {related.map((r) => (
          <li key={r.href}>
            <Link to={r.href}>{r.label}</Link>
          </li>
        ))}
      </ul>
      <MeetingLinkSection cycleId={cycle.id} recorded={Object.keys(data.meeting).length} confirmed={data.state === "confirmed"} />
      {data.state === "wrong_stage" ? (
        <NotificationBanner title="Finalists cannot be chosen yet">
          <p>{data.problem}</p>
        </NotificationBanner>
      ) : data.state === "confirmed" ? (
        <ConfirmedSection finalists={data.finalists} method={data.method} meeting={data.meeting} />
      ) : (
        <>
          <ChooseSection data={data} posted={posted} n={cycle.n} cycleId={cycle.id} />
          {data.entries.length > 0 ? <ConfirmSection saved={data.saved} /> : null}
        </>
      )}
    </>
  );
}
