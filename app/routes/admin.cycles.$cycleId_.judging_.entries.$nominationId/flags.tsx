// The review page's first section: every flagged phrase with its context, each hidden or kept with
// one click (a small form per phrase, so it works without JavaScript), and how many remain.
import { Form } from "@remix-run/react";
import { FlaggedPhraseRow } from "~/components/flagged-phrase";
import type { FlagToDecide } from "~/domain/flag-decisions";

const DECISION_WORDS = { hide: "Hidden from judges", keep: "Kept: judges will see it" } as const;

function FlagForm({ flag }: { flag: FlagToDecide }) {
  return (
    <Form method="post" className="nhsuk-u-margin-bottom-0">
      <input type="hidden" name="intent" value="decide-flag" />
      <input type="hidden" name="flagKey" value={flag.key} />
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        {flag.decision !== "hide" ? (
          <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="submit" name="decision" value="hide">
            Hide<span className="nhsuk-u-visually-hidden"> “{flag.matched}”</span>
          </button>
        ) : null}
        {flag.decision !== "keep" ? (
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" name="decision" value="keep">
            Keep<span className="nhsuk-u-visually-hidden"> “{flag.matched}”</span>
          </button>
        ) : null}
      </div>
    </Form>
  );
}

export function FlagsSection({ flags, undecided, hidden }: { flags: FlagToDecide[]; undecided: number; hidden: string[] }) {
  return (
    <section aria-labelledby="flags">
      <h2 id="flags" tabIndex={-1}>
        Flags to decide
      </h2>
      {flags.length === 0 && hidden.length === 0 ? (
        <p>Nothing in this entry is flagged.</p>
      ) : (
        <>
          <p>
            These phrases are not hidden, but could tell a judge who sent the entry. Hide each one or keep it. The entry can be released when every flag is
            decided; a decision holds for every place the phrase appears, and stays if the entrant changes the text.
          </p>
          <p className="nhsuk-body-l" data-testid="flags-remaining">
            {undecided === 0 ? "Every flag is decided." : undecided === 1 ? "1 flag still to decide." : `${undecided} flags still to decide.`}
          </p>
          {flags.length > 0 ? (
            <dl className="nhsuk-summary-list">
              {flags.map((f) => (
                <FlaggedPhraseRow
                  key={f.key}
                  flag={f}
                  note={f.decision ? <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-top-2 nhsuk-u-display-block">{DECISION_WORDS[f.decision]}</strong> : null}
                  actions={<FlagForm flag={f} />}
                />
              ))}
            </dl>
          ) : null}
          {hidden.length > 0 ? (
            <>
              <h3>Hidden from the flags</h3>
              <p>To show one to judges again, remove it from the words added at review below.</p>
              <ul>
                {hidden.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
