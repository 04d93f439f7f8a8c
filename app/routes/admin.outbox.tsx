// The outbox, for the secretariat: every e-mail the service has queued, whether it was sent, is being
// retried or has failed, and a way to try a failed one again. Never an e-mail's text: many carry
// one-time links, which are secrets even from admins (docs/decisions/017-transactional-outbox.md).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { SummaryList, Table, Tag, TwoThirds, type Column, type TagColour } from "~/components/nhsuk";
import { ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { MAIL_STATE_LABELS, MAX_ATTEMPTS, type MailState, type OutboxFilter } from "~/domain/outbox";
import { listOutbox, retryMailNow } from "~/models/outbox.server";
import { OutboxPageSchema, RetryMailSchema, outboxNotices } from "~/request/admin-forms.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Outbox") }];

const LATEST = 200;

const FILTER_LABELS: Record<OutboxFilter, string> = {
  all: "All e-mails",
  problems: "Failed or retrying",
  waiting: "Waiting to send",
  sent: "Sent",
};

const STATE_COLOURS: Record<MailState, TagColour> = { waiting: "blue", sending: "blue", retrying: "orange", sent: "green", failed: "red" };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const page = OutboxPageSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, counts } = await listOutbox(getDb(), { filter: page.show, limit: LATEST });
  return {
    show: page.show,
    notice: outboxNotices.from(request),
    counts,
    mails: rows.map((m) => ({
      id: m.id,
      to: m.recipient,
      subject: m.subject,
      state: m.state,
      attempts: m.attempts,
      created: formatUkDateTime(m.createdAt),
      sent: m.sentAt ? formatUkDateTime(m.sentAt) : null,
      nextAttempt: m.state === "retrying" && m.nextAttemptAt ? formatUkDateTime(m.nextAttemptAt) : null,
      lastError: m.lastError,
      canRetry: m.state === "failed" || m.state === "retrying",
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = parseForm(RetryMailSchema, await readForm(request));
  if (!form.ok) return invalid({ errors: { form: form.errors.mailId ?? "Choose an e-mail to send again" }, values: {} });
  if (!(await retryMailNow(getDb(), { id: form.data.mailId, actorUserId: admin.id }))) {
    return invalid({ errors: { form: "This e-mail cannot be sent again: it has been sent, or is being sent now" }, values: {} });
  }
  return redirect(outboxNotices.href(`/admin/outbox?show=${form.data.show}`, "retried"));
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

type MailRow = ReturnType<typeof useLoaderData<typeof loader>>["mails"][number];

/** The outbox's columns; the retry form keeps the filter shown. */
function outboxColumns(show: OutboxFilter): Column<MailRow>[] {
  return [
    { header: "Queued (UK)", cell: (m) => m.created },
    { header: "To", cell: (m) => m.to },
    { header: "Subject", cell: (m) => m.subject },
    { header: "Status", cell: (m) => <Tag colour={STATE_COLOURS[m.state]}>{MAIL_STATE_LABELS[m.state]}</Tag> },
    { header: "Attempts", cell: (m) => m.attempts },
    {
      header: "What happened",
      cell: (m) => (
        <>
          {m.sent ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Sent at {m.sent}</p> : null}
          {m.lastError && m.state !== "sent" ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Last error: {m.lastError}</p> : null}
          {m.nextAttempt ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Next attempt at {m.nextAttempt}</p> : null}
          {m.canRetry ? (
            <Form method="post">
              <input type="hidden" name="mailId" value={m.id} />
              <input type="hidden" name="show" value={show} />
              <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="submit">
                Send now<span className="nhsuk-u-visually-hidden"> the e-mail to {m.to}: {m.subject}</span>
              </button>
            </Form>
          ) : null}
        </>
      ),
    },
  ];
}

export default function AdminOutbox() {
  const { show, notice, counts, mails } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminBreadcrumb />
      <ErrorSummary errors={actionData?.errors} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>Outbox</h1>
      <TwoThirds>
        <p>
          Every e-mail the service sends is kept here first and then sent. If the mail server cannot be reached, an
          e-mail is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours and longer, {MAX_ATTEMPTS} times in all,
          and then marked as failed.
        </p>
        <p>The text of e-mails is not shown: many carry a link that lets the person it was sent to sign in or confirm something.</p>
      </TwoThirds>
      <SummaryList
        rows={(["failed", "retrying", "waiting", "sending", "sent"] as const).map((state) => ({
          key: MAIL_STATE_LABELS[state],
          value: plural(counts[state], "e-mail", "e-mails"),
        }))}
      />
      <nav aria-label="Which e-mails to show">
        <ul className="nhsuk-list">
          {(Object.keys(FILTER_LABELS) as OutboxFilter[]).map((f) => (
            <li key={f}>
              {f === show ? (
                <strong aria-current="page">{FILTER_LABELS[f]}</strong>
              ) : (
                <Link to={`/admin/outbox?show=${f}`}>{FILTER_LABELS[f]}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {mails.length === 0 ? (
        <p>There are no e-mails to show here.</p>
      ) : (
        <div className="nhsuk-table-container">
          <Table
            caption={`${FILTER_LABELS[show]}: ${mails.length === LATEST ? `the latest ${LATEST}` : plural(mails.length, "e-mail", "e-mails")}, newest first`}
            showCaption
            captionSize="m"
            rows={mails}
            rowKey={(m) => m.id}
            columns={outboxColumns(show)}
          />
        </div>
      )}
    </>
  );
}
