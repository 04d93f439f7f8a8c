// A judge's home: their assignments. Blind judging arrives with its own issue; until then this says
// plainly that nothing is assigned.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JUDGE_SIDE_LABELS } from "~/domain/permissions";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Judging - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "judging:use");
  return { side: user.judge ? JUDGE_SIDE_LABELS[user.judge.side] : null };
}

export default function Judging() {
  const { side } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Judging</h1>
        {side ? <p className="nhsuk-lede-text">You judge for the {side.toLowerCase()}.</p> : null}
        <p>
          You score entries without knowing which organisation sent them. Before you see any entry you will be asked
          to accept the confidentiality statement and to declare any conflicts of interest.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>No entries have been assigned to you yet. The SPF secretariat will email you when judging opens.</p>
        </div>
      </div>
    </div>
  );
}
