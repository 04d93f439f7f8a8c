// The judge pool kept across years (issue 15, part 4): every judge, their side, organisation and job
// title, the cycles they judged and the score sheets they submitted, so the secretariat can see who
// to ask again and keep the sides balanced; and, in one step, an e-mail asking last year's judges to
// judge the newest cycle (each judge asked once per cycle). Each judge's expertise is shown and can be
// filtered on (set on the judge's user page, or by the judge on their account page). New judges are
// invited at Admin › Invitations.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Button, ErrorSummary, NoticeSuccessBanner, Select } from "~/components/forms";
import { EXPERTISE_LABELS, EXPERTISE_TAGS, expertiseText, isExpertiseTag } from "~/domain/judge-expertise";
import { IntentButton, Table, Tag } from "~/components/nhsuk";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { inviteJudgesAgain, judgeAgainOffer, judgePool, type PoolJudge } from "~/models/judge-pool.server";
import { getDb } from "~/platform/db.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { AskAgainSchema, judgePoolNotices } from "~/request/judge-pool-forms.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Judge pool") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const [everyJudge, offer] = await Promise.all([judgePool(getDb()), judgeAgainOffer(getDb())]);
  const bySide = Object.entries(JUDGE_SIDE_LABELS).map(([side, label]) => ({ side, label, count: everyJudge.filter((j) => j.active && j.side === side).length }));
  // ?expertise=<tag> shows only the judges with that expertise; an unknown value is ignored.
  const asked = new URL(request.url).searchParams.get("expertise") ?? "";
  const expertise = isExpertiseTag(asked) ? asked : null;
  const judges = expertise ? everyJudge.filter((j) => j.expertise.includes(expertise)) : everyJudge;
  return { judges, bySide, offer, expertise, total: everyJudge.length, notice: judgePoolNotices.from(request) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const result = parseForm(AskAgainSchema, await readForm(request));
  if (!result.ok) return invalid({ errors: { form: Object.values(result.errors)[0] }, values: result.values });
  const done = await inviteJudgesAgain(getDb(), { cycleId: result.data.cycleId, fromYear: result.data.fromYear, actorUserId: admin.id });
  if (!done) return invalid({ errors: { form: "That cycle cannot take judges any more, or has no earlier year to ask from" }, values: {} });
  return redirect(judgePoolNotices.href("/admin/judges", "asked", { asked: done.asked, already: done.alreadyAsked }));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function JudgePool() {
  const { judges, bySide, offer, expertise, total, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminBreadcrumb />
      <ErrorSummary errors={actionData?.errors} />
      {notice && !actionData ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>Judge pool</h1>
      <p className="nhsuk-lede-text">Every judge the award has had, with the years they judged and the score sheets they submitted.</p>
      <p>
        Active judges: {bySide.map((s) => `${s.label.toLowerCase()} ${s.count}`).join(", ")}. Every active judge can be assigned entries in the current
        cycle. <Link to="/admin/invitations">Invite a new judge</Link>.
      </p>
      {offer ? (
        <Form method="post" className="nhsuk-u-margin-bottom-5">
          <input type="hidden" name="cycleId" value={offer.cycleId} />
          <input type="hidden" name="fromYear" value={offer.fromYear} />
          <p>
            Ask the {plural(offer.judges, "active judge", "active judges")} of {offer.fromYear} to judge {offer.year}: one e-mail each, with the
            year&apos;s judging dates. A judge already asked for {offer.year} is not asked twice.
          </p>
          <IntentButton intent="ask-again" variant="secondary">
            Ask the judges of {offer.fromYear} to judge {offer.year}
          </IntentButton>
        </Form>
      ) : null}
      <Form method="get" className="nhsuk-u-margin-bottom-4">
        <Select
          name="expertise"
          label="Show judges with this expertise"
          placeholder="Any expertise"
          defaultValue={expertise ?? ""}
          options={EXPERTISE_TAGS.map((t) => ({ value: t, label: EXPERTISE_LABELS[t] }))}
        />
        <Button variant="secondary">Show judges</Button>
      </Form>
      {expertise ? (
        <p>
          {plural(judges.length, "judge", "judges")} of {total} with expertise in {EXPERTISE_LABELS[expertise].toLowerCase()}.{" "}
          <Link to="/admin/judges">Show every judge</Link>
        </p>
      ) : null}
      {judges.length === 0 ? (
        <p>{expertise ? "No judge has this expertise recorded." : "There are no judges yet."}</p>
      ) : (
        <Table<PoolJudge>
          caption={expertise ? `Judges with expertise in ${EXPERTISE_LABELS[expertise].toLowerCase()}, by name` : "Judges, by name"}
          rowKey={(j) => j.id}
          rows={judges}
          columns={[
            {
              header: "Judge",
              rowHeader: true,
              cell: (j) => (
                <>
                  <Link to={`/admin/users/${j.id}`}>{j.name}</Link>
                  {j.active ? null : (
                    <>
                      {" "}
                      <Tag colour="grey">Inactive</Tag>
                    </>
                  )}
                </>
              ),
            },
            { header: "Side", cell: (j) => JUDGE_SIDE_LABELS[j.side] ?? j.side },
            { header: "Organisation and role", cell: (j) => [j.organisation, j.jobTitle].filter(Boolean).join(", ") || "Not recorded" },
            { header: "Expertise", cell: (j) => expertiseText(j.expertise, j.expertiseNote) || "Not recorded" },
            {
              header: "Cycles judged",
              cell: (j) =>
                j.cycles.length === 0
                  ? "None yet"
                  : j.cycles.map((c) => `${c.year}${c.isDemo ? " (demo)" : ""}: ${plural(c.sheets, "sheet", "sheets")} of ${c.assigned}`).join("; "),
            },
            { header: "Sheets submitted", numeric: true, cell: (j) => j.sheets },
          ]}
        />
      )}
    </>
  );
}
