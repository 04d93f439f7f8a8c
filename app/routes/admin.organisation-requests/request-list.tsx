// The list view: entrants' requests to add an organisation waiting for a decision, then requests to
// join an organisation already listed (decided on the organisation's page).
import { AdminBreadcrumb } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { Table, TwoThirds } from "~/components/nhsuk";
import { PAGE } from "./actions.server";
import type { Posted, RequestsPageData } from "./page-data";

function Entrant({ name, email }: { name: string; email: string }) {
  return (
    <>
      {name}
      <br />
      <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{email}</span>
    </>
  );
}

function Decide({ href, entrant }: { href: string; entrant: string }) {
  return (
    <a href={href}>
      Decide<span className="nhsuk-u-visually-hidden"> on the request from {entrant}</span>
    </a>
  );
}

const ACTION_HEADER = <span className="nhsuk-u-visually-hidden">Action</span>;

export function RequestList({ data, posted }: { data: RequestsPageData; posted: Posted }) {
  const { pending, joins, alreadyDecided, notice } = data;
  return (
    <>
      <AdminBreadcrumb />
      <TwoThirds>
        <ErrorSummary errors={posted?.errors} />
        {notice && !posted ? <NoticeSuccessBanner notice={notice} /> : null}
        <h1>Organisation requests</h1>
        <p>
          These entrants registered with an organisation that was not in the list. Link each one to an organisation already listed, add theirs as a new
          organisation, or reject the request.
        </p>
        {alreadyDecided ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>That request has already been decided, or it no longer exists.</p>
          </div>
        ) : null}
      </TwoThirds>
      {pending.length === 0 ? (
        <p>There are no requests waiting for a decision.</p>
      ) : (
        <div className="nhsuk-table-container">
          <Table
            caption="Waiting for a decision"
            showCaption
            captionSize="m"
            rows={pending}
            rowKey={(r) => r.id}
            columns={[
              { header: "Organisation asked for", cell: (r) => r.name },
              { header: "Entrant", cell: (r) => <Entrant name={r.entrantName} email={r.entrantEmail} /> },
              { header: "Asked on", cell: (r) => r.askedOn },
              { header: ACTION_HEADER, cell: (r) => <Decide href={`${PAGE}?request=${r.id}`} entrant={r.entrantName} /> },
            ]}
          />
        </div>
      )}

      <h2>Requests to join an organisation</h2>
      <p>
        People who asked to join an organisation already listed. Its members can decide too, except for the first member of an organisation new to the
        service, whom only you can approve. Decide on the organisation&apos;s page.
      </p>
      {joins.length === 0 ? (
        <p>There are no requests to join an organisation waiting for a decision.</p>
      ) : (
        <div className="nhsuk-table-container">
          <Table
            caption="Requests to join an organisation"
            rows={joins}
            rowKey={(r) => r.id}
            columns={[
              {
                header: "Organisation",
                cell: (r) => (
                  <>
                    {r.organisation}
                    {r.firstMember ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">First member</span>
                      </>
                    ) : null}
                  </>
                ),
              },
              { header: "Entrant", cell: (r) => <Entrant name={r.entrantName} email={r.entrantEmail} /> },
              { header: "Asked on", cell: (r) => r.askedOn },
              { header: ACTION_HEADER, cell: (r) => <Decide href={`/admin/organisations/${r.organisationId}`} entrant={r.entrantName} /> },
            ]}
          />
        </div>
      )}
    </>
  );
}
