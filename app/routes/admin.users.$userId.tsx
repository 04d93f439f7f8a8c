// One account as the secretariat sees it, the switch that deactivates or reactivates it, and for a
// judge their expertise in the judge pool (decision 039).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Caption, SummaryList, Tag, TwoThirds } from "~/components/nhsuk";
import { JudgeExpertiseForm } from "~/components/judge-expertise";
import { isExpertiseTag } from "~/domain/judge-expertise";
import { getJudgeExpertise, setJudgeExpertise } from "~/models/judge-pool.server";
import { parseExpertiseForm } from "~/request/judge-pool-forms.server";
import { Button, ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { MEMBERSHIP_STATUS_LABELS } from "~/domain/memberships";
import { JUDGE_SIDE_LABELS, ROLE_LABELS } from "~/domain/permissions";
import { getSessionUserDetails, getUserById, setUserActive } from "~/models/users.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { accountStatusNotices, AccountStatusSchema, USER_INTENTS } from "~/request/admin-forms.server";
import { byIntent } from "~/request/intent.server";
import { getDb } from "~/platform/db.server";
import { invalid, parseForm, readForm } from "~/request/forms.server";
import { idParam } from "~/request/params.server";
import { notFound, requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data?.user.name ?? "User", "Users") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const userId = idParam(params.userId);
  const db = getDb();
  const row = await getUserById(db, userId);
  if (!row) notFound();
  const [details, expertise] = await Promise.all([getSessionUserDetails(db, row), getJudgeExpertise(db, row.id)]);
  // Only what the page shows: never the row itself, which carries the password hash.
  return {
    isSelf: row.id === admin.id,
    expertise: details.judge && expertise ? expertise : null,
    notice: accountStatusNotices.from(request),
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      roles: details.roles.map((r) => ROLE_LABELS[r]),
      organisationName:
        details.organisation?.name ??
        (details.membershipRequest ? `${details.membershipRequest.organisationName} (${MEMBERSHIP_STATUS_LABELS[details.membershipRequest.status].toLowerCase()})` : null) ??
        details.judge?.organisationName ??
        null,
      organisationRequest: details.organisationRequest,
      judgeSide: details.judge ? JUDGE_SIDE_LABELS[details.judge.side] : null,
      active: row.active === 1,
      emailConfirmed: details.emailVerified,
      created: formatUkDateTime(row.created_at),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const userId = idParam(params.userId);
  const db = getDb();
  if (!(await getUserById(db, userId))) notFound();
  const formData = await readForm(request);
  return byIntent(formData, USER_INTENTS, { expertise: () => saveExpertise(formData, userId, admin.id), status: () => saveStatus(formData, userId, admin.id) }, { whenNone: "status" });
}

async function saveExpertise(formData: FormData, userId: number, adminId: number) {
  const parsed = parseExpertiseForm(formData);
  if (!parsed.ok) return invalid(parsed);
  const saved = await setJudgeExpertise(getDb(), { judgeId: userId, tags: parsed.data.tags.filter(isExpertiseTag), note: parsed.data.note, actorUserId: adminId });
  if (!saved) return invalid({ errors: { expertise: "Only a judge has expertise recorded: this user is not a judge" }, values: {} });
  return redirect(accountStatusNotices.href(`/admin/users/${userId}`, "expertise"));
}

async function saveStatus(formData: FormData, userId: number, adminId: number) {
  const result = parseForm(AccountStatusSchema, formData);
  if (!result.ok) return invalid(result);
  const active = result.data.active === "1";
  // Locking yourself out could leave the award with no admin at all.
  if (!active && userId === adminId) {
    return invalid({
      errors: { active: "You cannot deactivate your own account. Ask another admin to do it." },
      values: {},
    });
  }
  await setUserActive(getDb(), { userId, active, actorUserId: adminId });
  return redirect(accountStatusNotices.href(`/admin/users/${userId}`, active ? "reactivated" : "deactivated"));
}

export default function AdminUser() {
  const { user, isSelf, notice, expertise } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> | undefined = actionData?.errors;
  const error = errors?.active;
  const typed: Partial<Record<string, string>> | undefined = actionData?.values;
  return (
    <TwoThirds>
      <AdminBreadcrumb trail={[{ href: "/admin/users", label: "Users" }]} />
      <ErrorSummary errors={errors} order={["expertise", "expertiseNote", "active"]} />
      {notice && !actionData ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>User</Caption>
      <h1>{user.name}</h1>
      <SummaryList
        rows={[
          { key: "Name", value: user.name },
          { key: "Email address", value: user.email },
          { key: "Roles", value: user.roles.length > 0 ? user.roles.join(", ") : "None" },
          {
            key: "Organisation",
            value:
              user.organisationName ??
              (user.organisationRequest ? `None yet: asked for “${user.organisationRequest.name}” (${user.organisationRequest.status})` : "None"),
          },
          { key: "Judge side", value: user.judgeSide ?? "Not a judge" },
          { key: "Status", value: user.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag> },
          { key: "Email address confirmed", value: user.emailConfirmed ? "Yes" : "No" },
          { key: "Account created", value: user.created },
        ]}
      />

      {expertise ? (
        <>
          <h2>Expertise as a judge</h2>
          <JudgeExpertiseForm
            whose="their"
            tags={typed?.expertise !== undefined ? typed.expertise.split(",").filter(Boolean) : expertise.tags}
            note={typed?.expertiseNote ?? expertise.note}
            errors={errors}
          />
        </>
      ) : null}

      <h2>{user.active ? "Deactivate this account" : "Reactivate this account"}</h2>
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`} id="active" tabIndex={-1}>
        {error ? (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        {user.active && isSelf ? (
          <p>This is your own account. Another admin can deactivate it if that is needed.</p>
        ) : (
          <Form method="post">
            <p>
              {user.active
                ? "A deactivated user is signed out at once and cannot sign in. Nothing they entered is deleted."
                : "A reactivated user can sign in again with their existing password."}
            </p>
            <input type="hidden" name="active" value={user.active ? "0" : "1"} />
            <Button variant={user.active ? "warning" : undefined}>{user.active ? "Deactivate account" : "Reactivate account"}</Button>
          </Form>
        )}
      </div>
    </TwoThirds>
  );
}
