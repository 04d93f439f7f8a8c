// The proposed assignment for a seed: each entry's judges (new ones marked), the judges' loads, and
// the confirm form. When the rules can only be kept by bending the load rule (a lopsided pool), the
// proposal is the most even split there is, with what it bends and why; confirming it needs a reason.
import { Form } from "@remix-run/react";
import { Tag } from "~/components/admin";
import { Button, Textarea, TextInput } from "~/components/forms";
import { Warning } from "~/components/judging-admin";
import { Table } from "~/components/nhsuk";

type JudgeOnEntry = { id: number; name: string; side: string; isNew: boolean };
export type Proposal =
  | {
      ok: true;
      rows: { entryId: number; code: string; organisation: string; judges: JudgeOnEntry[] }[];
      loads: { id: number; name: string; side: string; load: number }[];
      /** Null when the proposal bends the load rule: its message gives the loads. */
      stats: { minLoad: number; maxLoad: number; connected: boolean; pairsSharingEntries: number; unevenBefore: boolean } | null;
      added: number;
      /** Rules the proposal bends (only the load rule can be): confirming it needs a reason. */
      bends: string[];
    }
  | { ok: false; problems: string[] };

export function ProposalSection({
  proposal,
  seed,
  seedText,
  seedError,
  hasEntries,
  seedOpen,
  reason,
}: {
  proposal: Proposal;
  seed: number;
  seedText: string;
  seedError: string | null;
  hasEntries: boolean;
  seedOpen: boolean;
  reason: { value?: string; error?: string };
}) {
  return (
    <>
      <h2 id="confirm" tabIndex={-1}>
        Proposed assignment
      </h2>
      {!hasEntries ? (
        <p>No entry has been released to judging yet.</p>
      ) : proposal.ok ? (
        <>
          {proposal.bends.length > 0 ? (
            <Warning title="This assignment bends the load rule">
              {proposal.bends.map((b, i) => (
                <p key={i}>{b}</p>
              ))}
            </Warning>
          ) : null}
          <p>
            Seed {seed}. {proposal.added === 0 ? "Every released entry already has its judges: there is nothing to add." : `${proposal.added} new ${proposal.added === 1 ? "assignment" : "assignments"} (marked new); existing ones are kept.`}
          </p>
          <Table
            caption="Proposed judges for each released entry"
            rows={proposal.rows}
            rowKey={(row) => row.entryId}
            columns={[
              { header: "Entry", cell: (row) => <code>{row.code}</code>, rowHeader: true },
              { header: "Organisation", cell: (row) => row.organisation },
              {
                header: "Judges",
                cell: (row) => (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {row.judges.map((j) => (
                      <li key={j.id}>
                        {j.name} ({j.side}){j.isNew ? <> <Tag colour="blue">New</Tag></> : null}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          <h3>Loads</h3>
          {proposal.stats ? <LoadsSummary stats={proposal.stats} /> : null}
          <Table
            caption="Entries per judge in the proposed assignment"
            rows={proposal.loads}
            rowKey={(l) => l.id}
            columns={[
              { header: "Judge", cell: (l) => l.name, rowHeader: true },
              { header: "Side", cell: (l) => l.side },
              { header: "Entries", cell: (l) => l.load },
            ]}
          />
          {proposal.added > 0 ? (
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="seed" value={seed} />
              {proposal.bends.length > 0 ? (
                <>
                  <input type="hidden" name="override" value="yes" />
                  <Textarea
                    name="overrideReason"
                    label="Reason for bending the load rule"
                    hint="Recorded with each new assignment and in the audit log"
                    error={reason.error}
                    defaultValue={reason.value}
                    rows={3}
                  />
                  <Button>Confirm this assignment with the loads shown</Button>
                </>
              ) : (
                <Button>Confirm this assignment</Button>
              )}
            </Form>
          ) : null}
        </>
      ) : (
        <Warning title="The judges cannot be assigned by the rules">
          <ul>
            {proposal.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p>Release more entries, add judges or change their conflicts, then preview again.</p>
        </Warning>
      )}
      {hasEntries ? (
        <details className="nhsuk-details" open={Boolean(seedError) || seedOpen}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Try another seed</span>
          </summary>
          <div className="nhsuk-details__text">
            <Form method="get" noValidate>
              <TextInput
                name="seed"
                label="Seed"
                hint="Any whole number from 1 to 999999. Each gives a different assignment that keeps the same rules."
                error={seedError ?? undefined}
                defaultValue={seedText}
                width={10}
                autoComplete="off"
              />
              <Button variant="secondary">Preview</Button>
            </Form>
          </div>
        </details>
      ) : null}
    </>
  );
}

function LoadsSummary({ stats }: { stats: NonNullable<Extract<Proposal, { ok: true }>["stats"]> }) {
  return (
      <p>
        Judges who could take more have between {stats.minLoad} and {stats.maxLoad} entries.{" "}
        {stats.unevenBefore ? "Loads were already more than one apart before this run; its new assignments go to the least busy judges. " : null}
        {stats.connected
          ? "Every judge is linked to every other through the entries they share, so their scores can be compared."
          : "The judges fall into separate groups that share no entries, so scores cannot all be compared."}{" "}
        {stats.pairsSharingEntries} pairs of judges share at least one entry.
      </p>
  );
}
