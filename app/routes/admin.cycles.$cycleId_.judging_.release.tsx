// "Release every reviewed entry": a summary of what one confirm will release (entries waiting for
// review whose flags are all decided) and what is not ready (flags still to decide), then the
// release of all of them in one transaction, audited (issue 11; decision 024).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { Button, ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { JudgingBreadcrumb } from "~/components/judging-admin";
import { Caption, Table } from "~/components/nhsuk";
import { releaseReviewedEntries, releaseSummary, type ReleaseCandidate } from "~/models/judging-release.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { formValues, invalid, readForm } from "~/request/forms.server";
import { releaseExpected, releaseNotices } from "~/request/judging-forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle("Release every reviewed entry", `Judging ${data?.cycle.year ?? ""}`.trim(), "Award cycles") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const summary = await releaseSummary(db, { cycleId });
  return { notice: releaseNotices.from(request), cycle: { id: cycle.id, year: cycle.year }, ...summary };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, cycleId, db } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const expected = releaseExpected(formData);
  const result = await releaseReviewedEntries(db, { cycleId, expected, actorUserId: admin.id });
  if (!result.ok) return invalid({ errors: { form: result.problem }, values: formValues(formData) });
  return redirect(releaseNotices.href(`/admin/cycles/${cycleId}/judging/release`, "released", { released: result.released }));
}

function EntryTable({ caption, entries, cycleId, withFlags }: { caption: string; entries: ReleaseCandidate[]; cycleId: number; withFlags?: boolean }) {
  return (
    <Table
      caption={caption}
      showCaption
      rows={entries}
      rowKey={(e) => e.nominationId}
      columns={[
        {
          header: "Entry",
          cell: (e) => (
            <Link to={`/admin/cycles/${cycleId}/judging/entries/${e.nominationId}`}>
              Entry <code>{e.code}</code>
            </Link>
          ),
          rowHeader: true,
        },
        {
          header: "Nomination",
          cell: (e) => (
            <>
              {e.reference}: {e.title}
            </>
          ),
        },
        { header: "Organisation", cell: (e) => e.organisation },
        withFlags ? { header: "Flags still to decide", cell: (e) => e.undecidedFlags } : false,
      ]}
    />
  );
}

export default function ReleaseReviewedEntries() {
  const { notice, cycle, ready, notReady, released } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const count = (n: number) => (n === 1 ? "1 entry" : `${n} entries`);
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/judging`, label: "Judging" }]} />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && notice ? (
        <NoticeSuccessBanner notice={notice}>
          <p>
            <Link to={`/admin/cycles/${cycle.id}/judging/assignment`}>Assign judges to released entries</Link>
          </p>
        </NoticeSuccessBanner>
      ) : null}
      <Caption>Judging {cycle.year}</Caption>
      <h1>Release every reviewed entry</h1>
      <p>
        {count(released)} already released. An entry is ready when it is waiting for review and every flag in it is decided. Read each entry's judges' copy
        on its review page before you release it.
      </p>
      {ready.length === 0 ? (
        <p>No entry is ready to release.</p>
      ) : (
        <>
          <EntryTable caption={`Ready to release: ${count(ready.length)}`} entries={ready} cycleId={cycle.id} />
          <Form method="post">
            {ready.map((e) => (
              <input key={e.nominationId} type="hidden" name="nominationId" value={e.nominationId} />
            ))}
            <Button>{`Release ${count(ready.length)}`}</Button>
          </Form>
        </>
      )}
      {notReady.length > 0 ? (
        <>
          <h2>Not ready: flags still to decide</h2>
          <p>These stay waiting for review. Open each one to hide or keep its flags.</p>
          <EntryTable caption={`Not ready: ${count(notReady.length)}`} entries={notReady} cycleId={cycle.id} withFlags />
        </>
      ) : null}
      <p>
        <Link to={`/admin/cycles/${cycle.id}/judging`}>Back to judging {cycle.year}</Link>
      </p>
    </>
  );
}
