// An entrant's home: their organisation's nominations. Award cycles and nominations arrive with the
// nominations issue; until then this says plainly that no cycle is open.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "My nominations - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "nominations:use");
  return { organisation: user.organisation?.name ?? null, request: user.organisationRequest };
}

export default function MyNominations() {
  const { organisation, request } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>My nominations</h1>
        {organisation ? (
          <>
            <p className="nhsuk-lede-text">You enter the award for {organisation}.</p>
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>There is no award cycle open for nominations at the moment. You will be able to start a nomination here when the SPF secretariat opens the next cycle.</p>
            </div>
          </>
        ) : request?.status === "rejected" ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Your organisation could not be added
              </span>
            </h2>
            <p>The SPF secretariat could not add {request.name}. Contact them to find out why.</p>
          </div>
        ) : (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              The SPF secretariat is checking your organisation{request ? ` (${request.name})` : ""}. You can start a
              nomination once it has been added.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
