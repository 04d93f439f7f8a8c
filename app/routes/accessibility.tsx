// /accessibility: the accessibility statement, in the form UK public sector bodies publish under the
// Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018: how
// accessible the service is, how it was tested, what is known not to work, how to report a problem,
// and the enforcement procedure. The known issues are kept honest: update them with each release.
import type { MetaFunction } from "@remix-run/node";
import { TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Accessibility statement - HPMA Partnership Award" }];

// Public: anyone may read it, signed in or not.
export async function loader() {
  return null;
}

export default function AccessibilityStatement() {
  return (
    <TwoThirds>
      <h1>Accessibility statement for the HPMA award for partnership working</h1>
      <p className="nhsuk-lede-text">
        This statement applies to this website, where NHS organisations enter the HPMA award for partnership working, judges score the entries, the NHS
        Social Partnership Forum (SPF) secretariat runs the award, and anyone can read the archive of winners.
      </p>
      <p>
        We want as many people as possible to be able to use this website. For example, you should be able to change colours, contrast levels and fonts
        using your browser or device settings, zoom in up to 400% without the text spilling off the screen, navigate the whole website using just a
        keyboard, navigate most of it using speech recognition software, and listen to it using a screen reader.
      </p>
      <p>
        <a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice on making your device easier to use</a> if you have a disability.
      </p>

      <h2>How accessible this website is</h2>
      <p>We know some parts of this website are not fully accessible:</p>
      <ul>
        <li>the results table for the secretariat is wide, and on a small screen it scrolls sideways</li>
        <li>the organisation picker needs JavaScript to search as you type; without JavaScript you search and then choose from a list instead</li>
        <li>downloads are CSV files, which are only as accessible as the spreadsheet program you open them in</li>
        <li>case studies in the archive from before 2026 were copied from older records and some have long paragraphs without headings</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, such as large print, easy read, audio recording or braille, or you find a problem
        that is not listed on this page, contact the SPF secretariat through the{" "}
        <a href="https://www.socialpartnershipforum.org/">NHS Social Partnership Forum website</a>. Tell us the web address of the page, what you were
        trying to do, and the browser and assistive technology you use. We will reply within 10 working days.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your complaint,{" "}
        <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2>Technical information about this website&rsquo;s accessibility</h2>
      <p>
        The SPF is committed to making this website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018.
      </p>
      <h3>Compliance status</h3>
      <p>
        This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA
        standard, due to the issues listed below.
      </p>

      <h2>Non-accessible content</h2>
      <h3>Non-compliance with the accessibility regulations</h3>
      <ul>
        <li>
          The secretariat&rsquo;s results table has many columns; at 400% zoom it must be scrolled in two directions. This fails WCAG 2.2 success
          criterion 1.4.10 (Reflow). We plan to offer a stacked view of each entry&rsquo;s results.
        </li>
        <li>
          The live word count under long answers is announced when typing pauses; before this was fixed it spoke after every word. If you find it
          announced too often or too rarely with your screen reader, please tell us.
        </li>
      </ul>
      <h3>Disproportionate burden</h3>
      <p>We are not claiming disproportionate burden for any part of this website.</p>
      <h3>Content that is not within the scope of the accessibility regulations</h3>
      <p>Case studies and documents published in the archive before 23 September 2018 are not required to meet the regulations.</p>

      <h2>How we tested this website</h2>
      <p>Every page is tested as the service is built:</p>
      <ul>
        <li>
          automated checks with axe (WCAG 2.2 A and AA rules) on every page visited by the end-to-end tests, for anyone, entrants, judges and the
          secretariat
        </li>
        <li>keyboard-only use of the main journeys: registering, entering a nomination, endorsing it, judging and running the award</li>
        <li>the main journeys at a screen width of 375 pixels, as on a small phone, and at 400% zoom</li>
        <li>the pages without JavaScript, which every form works without</li>
      </ul>
      <p>The website has not yet been audited by an independent accessibility specialist, or tested with disabled users. Both are planned.</p>

      <h2>What we are doing to improve accessibility</h2>
      <p>We fix the issues listed above as the service is developed, and review this statement with each release.</p>

      <h2>Preparation of this accessibility statement</h2>
      <p>This statement was prepared on 2 December 2026. It was last reviewed on 2 December 2026.</p>
    </TwoThirds>
  );
}
