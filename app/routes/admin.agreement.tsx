// Agreement between judges across the years (issue 15, part 4): each cycle's first round, with
// Krippendorff's alpha per criterion and overall, so the secretariat can see whether a criterion or
// its descriptors are read the same way by different judges, and whether a change of wording helped.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { AgreementSection } from "~/components/agreement";
import { Tag } from "~/components/nhsuk";
import { agreementAcrossCycles } from "~/models/agreement.server";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Agreement between judges") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const cycles = await agreementAcrossCycles(getDb());
  return { cycles };
}

export default function AgreementAcrossYears() {
  const { cycles } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminBreadcrumb />
      <h1>Agreement between judges</h1>
      <p className="nhsuk-lede-text">
        How far the judges of the same entry agree, criterion by criterion, in each year&apos;s first round. A criterion the judges keep reading
        differently is one whose wording or descriptors are worth changing.
      </p>
      {cycles.length === 0 ? (
        <p>There are no award cycles yet.</p>
      ) : (
        cycles.map((c) => (
          <section key={c.cycleId} aria-labelledby={`cycle-${c.cycleId}`}>
            <h2 id={`cycle-${c.cycleId}`}>
              {c.year} {c.isDemo && <Tag colour="grey">Demo</Tag>}
            </h2>
            {c.sheets === 0 ? (
              <p>No entries of this cycle have been scored by two or more judges yet.</p>
            ) : (
              <AgreementSection report={c.report} caption={`Agreement between judges in the first round of ${c.year}, by criterion`} />
            )}
            <p>
              <Link to={`/admin/cycles/${c.cycleId}/results`}>Results of {c.year}</Link>
            </p>
          </section>
        ))
      )}
    </>
  );
}
