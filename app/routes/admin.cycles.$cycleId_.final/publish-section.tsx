// Publishing now, before the announcement time: it lifts the embargo at once and cannot be undone.
import { Form } from "@remix-run/react";
import { NotificationBanner } from "~/components/forms";
import { Warning } from "~/components/judging-admin";
import { IntentButton } from "~/components/nhsuk";
import type { Posted } from "~/components/posted";
import type { FinalPageData } from "./page-data";

export function PublishSection({ data: { cycle }, posted }: { data: Pick<FinalPageData, "cycle">; posted: Posted }) {
  if (cycle.published) return null;
  return (
    <>
      <h3 id="publish">Publish now</h3>
      {posted.errors?.publish ? (
        <NotificationBanner title="The results were not published">
          <p>{posted.errors.publish}</p>
        </NotificationBanner>
      ) : null}
      <Warning title="Publishing cannot be undone">
        <p>
          Publishing now lifts the embargo: the winner, highly commended and finalists appear in the archive of winners with their case studies, the cycle
          moves to announced, and every finalist is emailed their result.
        </p>
      </Warning>
      <Form method="post">
        <IntentButton intent="publish" variant="warning">
          Publish the results now
        </IntentButton>
      </Form>
    </>
  );
}
