// When the results are announced (and whether they have been published), and the form that moves
// the announcement to another future time.
import { Form } from "@remix-run/react";
import { UkDateTimeInput } from "~/components/cycle-fields";
import { IntentButton, SummaryList } from "~/components/nhsuk";
import { valuesFor, type Posted } from "~/components/posted";
import type { FinalPageData } from "./page-data";

export function AnnouncementSection({ data: { cycle }, posted }: { data: Pick<FinalPageData, "cycle">; posted: Posted }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: "When", value: cycle.announcement ? `${cycle.announcement} (UK time)` : "Not set" },
          { key: "Published", value: cycle.publishedAt ? `Yes, at ${cycle.publishedAt}` : "Not yet: the results are published by themselves at the announcement time" },
        ]}
      />
      {cycle.published ? (
        <p>
          <a href={`/winners/${cycle.year}`}>See the {cycle.year} results in the archive of winners</a>
        </p>
      ) : (
        <>
          <h3>Move the announcement</h3>
          <Form method="post" noValidate>
            <UkDateTimeInput
              name="announcement"
              legend="New announcement time"
              hint="UK time, for example 12 11 2027 and 19:00"
              error={posted.errors?.announcement}
              values={valuesFor(posted, "move", cycle.announcementValues)}
            />
            <IntentButton intent="move" variant="secondary">
              Move the announcement
            </IntentButton>
          </Form>
        </>
      )}
    </>
  );
}
