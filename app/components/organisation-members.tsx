// An organisation's members and the requests to join it, with the buttons that decide them: the same
// list on the members' own page and on the secretariat's organisation page.
import { Form } from "@remix-run/react";
import { TableContainer } from "./nhsuk";
import { Button } from "./forms";

export type MemberView = { membershipId: number; name: string; email: string; since: string; canRemove: boolean; isYou?: boolean };

export function JoinRequests({ requests, organisationName }: { requests: MemberView[]; organisationName: string }) {
  if (requests.length === 0) return <p>There are no requests to join {organisationName} waiting for a decision.</p>;
  return (
    <TableContainer label="Requests to join">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">Requests to join</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Name</th>
            <th className="nhsuk-table__header" scope="col">Asked on</th>
            <th className="nhsuk-table__header" scope="col"><span className="nhsuk-u-visually-hidden">Decision</span></th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {requests.map((r) => (
            <tr className="nhsuk-table__row" key={r.membershipId}>
              <td className="nhsuk-table__cell">
                {r.name}
                <br />
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{r.email}</span>
              </td>
              <td className="nhsuk-table__cell">{r.since}</td>
              <td className="nhsuk-table__cell">
                <Form method="post">
                  <input type="hidden" name="membershipId" value={r.membershipId} />
                  <Button name="intent" value="approve">
                    Approve<span className="nhsuk-u-visually-hidden"> {r.name}</span>
                  </Button>{" "}
                  <Button name="intent" value="decline" variant="secondary">
                    Decline<span className="nhsuk-u-visually-hidden"> {r.name}</span>
                  </Button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

export function MemberList({ members }: { members: MemberView[] }) {
  return (
    <TableContainer label="Members">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">Members</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Name</th>
            <th className="nhsuk-table__header" scope="col">Member since</th>
            <th className="nhsuk-table__header" scope="col"><span className="nhsuk-u-visually-hidden">Remove</span></th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {members.map((m) => (
            <tr className="nhsuk-table__row" key={m.membershipId}>
              <td className="nhsuk-table__cell">
                {m.name}
                {m.isYou ? " (you)" : ""}
                <br />
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{m.email}</span>
              </td>
              <td className="nhsuk-table__cell">{m.since}</td>
              <td className="nhsuk-table__cell">
                {m.canRemove ? (
                  <Form method="post">
                    <input type="hidden" name="membershipId" value={m.membershipId} />
                    <Button name="intent" value="remove" variant="warning">
                      Remove<span className="nhsuk-u-visually-hidden"> {m.name}</span>
                    </Button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
