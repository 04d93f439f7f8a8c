// The judge pool kept across years (issue 15, part 4): every judge, their side, organisation and job
// title, the cycles they judged and the score sheets they submitted, so the secretariat can see who
// to ask again and keep the sides balanced. Judges are invited at Admin › Invitations.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Table, Tag } from "~/components/nhsuk";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { judgePool, type PoolJudge } from "~/models/judge-pool.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Judge pool") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const judges = await judgePool(getDb());
  const bySide = Object.entries(JUDGE_SIDE_LABELS).map(([side, label]) => ({ side, label, count: judges.filter((j) => j.active && j.side === side).length }));
  return { judges, bySide };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function JudgePool() {
  const { judges, bySide } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb />
      <h1>Judge pool</h1>
      <p className="nhsuk-lede-text">Every judge the award has had, with the years they judged and the score sheets they submitted.</p>
      <p>
        Active judges: {bySide.map((s) => `${s.label.toLowerCase()} ${s.count}`).join(", ")}. Every active judge can be assigned entries in the current
        cycle. <Link to="/admin/invitations">Invite a judge</Link>.
      </p>
      {judges.length === 0 ? (
        <p>There are no judges yet.</p>
      ) : (
        <Table<PoolJudge>
          caption="Judges, by name"
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
