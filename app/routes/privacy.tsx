// /privacy: the privacy notice. What the service collects from entrants, endorsing leads, judges and
// the secretariat, why, who sees it, how long it is kept (the retention rule's years come from the
// environment, so the page says what the scheduler does), and people's rights. What only the SPF can
// settle (the data controller and its wording) is shown as a gap, not guessed (decision 020).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { env } from "~/platform/env.server";
import { TwoThirds, WarningCallout } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Privacy notice - HPMA Partnership Award" }];

// Public: anyone may read it, signed in or not.
export async function loader(_args: LoaderFunctionArgs) {
  return { retentionYears: env().RETENTION_YEARS };
}

export default function Privacy() {
  const { retentionYears } = useLoaderData<typeof loader>();
  const years = `${retentionYears} ${retentionYears === 1 ? "year" : "years"}`;
  return (
    <TwoThirds>
      <h1>Privacy notice</h1>
      <p className="nhsuk-lede-text">
        How the HPMA award for partnership working uses the personal data of the people who enter it, endorse it, judge it and run it.
      </p>

      <WarningCallout heading="To be confirmed by the NHS Social Partnership Forum">
        <p>
          The award is run by the NHS Social Partnership Forum (SPF) secretariat. The SPF has not yet confirmed which organisation is the data controller
          for this service, the exact wording of the lawful basis below, or the address for data protection requests. Until it does, this notice
          describes what the service does, and those parts are marked as not yet confirmed.
        </p>
      </WarningCallout>

      <h2>What we collect</h2>
      <h3>From people who enter the award (entrants)</h3>
      <ul>
        <li>your name, work email address and the NHS organisation you work for, and a password (stored only as a one-way hash)</li>
        <li>the time and internet address of each attempt to sign in or to register, to protect accounts from password guessing and mailboxes from floods of email</li>
        <li>
          your nominations: the text you write, and the names, job titles and work email addresses of the employer lead and the staff-side lead you
          name
        </li>
      </ul>
      <h3>From the leads who endorse a nomination</h3>
      <ul>
        <li>your name, job title and work email address, as the entrant gave them</li>
        <li>whether you confirmed the nomination, and your reason if you did not</li>
        <li>what you agreed may be published about you if the entry becomes a case study: your name and job title, your email address, or neither</li>
      </ul>
      <h3>From judges</h3>
      <ul>
        <li>your name, work email address, side (employer, staff side or national body), organisation and job title</li>
        <li>the conflicts of interest you declare, and when you accepted the confidentiality statement</li>
        <li>
          your scores and comments on the entries you judge (after the announcement your comments, in the first round and the final round, may be shared with the entrant as
          feedback, edited by the secretariat and without your name)
        </li>
      </ul>
      <h3>From the SPF secretariat (admins)</h3>
      <ul>
        <li>your name and work email address, and a record of what you did in the service (the audit log)</li>
      </ul>
      <p>
        When you are signed in, one cookie keeps you signed in. When you sign in, a second cookie remembers for 180 days that this browser has signed in to
        your account before, so that someone guessing your password from elsewhere cannot lock you out. We use no tracking or advertising cookies.
      </p>

      <h2>Why we use it</h2>
      <p>
        To run the award: to take and check nominations, to have them judged fairly and without bias, to tell people the results, and to share what
        the winners and finalists learnt, so that other NHS organisations can learn from it.
      </p>
      <p>
        The lawful basis is expected to be the SPF&apos;s legitimate interests in running a national award that promotes partnership working (UK GDPR
        article 6(1)(f)) or, where the secretariat acts for NHS bodies, a task in the public interest (article 6(1)(e)).{" "}
        <strong>Not yet confirmed: the SPF must confirm the data controller and this wording.</strong>
      </p>

      <h2>Who sees it</h2>
      <ul>
        <li>The SPF secretariat sees everything, to run the award.</li>
        <li>The people at your organisation who enter the award see your organisation&apos;s nominations.</li>
        <li>
          After the announcement, the people at your organisation who enter the award see the feedback on its entries, which the secretariat puts
          together from the judges&apos; comments, without any judge&apos;s name.
        </li>
        <li>
          Judges in the first round see a copy of each entry with names, organisations, contact details and postcodes hidden. The final-round panel sees
          the finalists&apos; entries in full.
        </li>
        <li>
          The public sees the archive of winners: for each winner, highly commended entry and finalist, the organisation, the initiative and, if the
          entrant agreed, a case study. A case study names a person, or gives their email address, only if that person agreed. The secretariat checks
          every name, email address, phone number and postcode in a case study before it is published, and removes any that nobody agreed to.
        </li>
      </ul>

      <h2>How long we keep it</h2>
      <ul>
        <li>
          <strong>{years} after the announcement</strong> of each year&apos;s award, the service deletes by itself the text of the nominations that
          were not finalists, the names and contact details of their leads, and every judge&apos;s comments with the feedback to entrants made from them. The scores are kept, without comments, as
          the record of how the award was decided.
        </li>
        <li>The finalists&apos; nominations are kept as the record of the award.</li>
        <li>The archive of winners is kept as the award&apos;s public history. Ask us if you want your name or details removed from it.</li>
        <li>Accounts are kept until you ask us to close them.</li>
        <li>The time and internet address of each attempt to sign in or to register are deleted after a day.</li>
        <li>The audit log is kept for good, so that changes to the award can always be checked. It records actions, not the text of nominations.</li>
      </ul>

      <h2>Your rights</h2>
      <p>
        You can ask to see the personal data we hold about you, to have it corrected, deleted or restricted, and to object to how we use it. A lead
        can change what they agreed may be published about them by contacting the secretariat before the announcement.
      </p>
      <p>
        Contact the SPF secretariat through the <a href="https://www.socialpartnershipforum.org/">NHS Social Partnership Forum website</a>.{" "}
        <strong>Not yet confirmed: the address for data protection requests.</strong>
      </p>
      <p>
        If you are unhappy with how we have used your data, you can complain to the{" "}
        <a href="https://ico.org.uk/make-a-complaint/">Information Commissioner&apos;s Office</a>.
      </p>
    </TwoThirds>
  );
}
