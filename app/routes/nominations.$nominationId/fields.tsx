// The nomination form's own fields around the answers: the title, both leads (who are asked to
// endorse it), the unions involved, the names to hide from judges and consent to publish.
type Values = Partial<Record<string, string>>;
type Errors = Partial<Record<string, string>> | undefined;

/** Every field but the answers, in the order of the page (for the error summary). */
export const FIXED_FIELDS = [
  "title",
  "employer_lead_name",
  "employer_lead_role",
  "employer_lead_email",
  "staff_lead_name",
  "staff_lead_role",
  "staff_lead_email",
  "unions",
  "identifying_terms",
  "consent_to_publish",
] as const;

function ErrorMessage({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <span className="nhsuk-error-message" id={`${name}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {error}
    </span>
  ) : null;
}

export function TitleField({ error, value }: { error: string | undefined; value: string | undefined }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="title">
        Title of the initiative
      </label>
      <ErrorMessage name="title" error={error} />
      <input className="nhsuk-input" id="title" name="title" type="text" dir="auto" defaultValue={value} aria-describedby={error ? "title-error" : undefined} />
    </div>
  );
}

const LEADS = [
  ["employer_lead", "Employer lead"],
  ["staff_lead", "Staff-side lead"],
] as const;

const LEAD_FIELDS = [
  ["name", "Full name", "text"],
  ["role", "Role", "text"],
  ["email", "Email address", "email"],
] as const;

export function LeadsFields({ errors, initial }: { errors: Errors; initial: Values }) {
  return (
    <>
      <h2>Endorsement by the partners</h2>
      <p>When you submit, we will ask both leads by email to confirm the nomination. They do not need an account.</p>
      {LEADS.map(([prefix, label]) => (
        <fieldset className="nhsuk-fieldset" key={prefix}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
          {LEAD_FIELDS.map(([field, fieldLabel, type]) => {
            const name = `${prefix}_${field}`;
            const error = errors?.[name];
            return (
              <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`} key={name}>
                <label className="nhsuk-label" htmlFor={name}>
                  {label}: {fieldLabel.toLowerCase()}
                </label>
                <ErrorMessage name={name} error={error} />
                <input className="nhsuk-input" id={name} name={name} type={type} dir="auto" spellCheck={type === "email" ? false : undefined} defaultValue={initial[name]} aria-describedby={error ? `${name}-error` : undefined} />
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** The unions involved, the names to hide from judges, and consent to publish a case study. */
export function EntrantFields({ initial }: { initial: Values }) {
  return (
    <>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="unions">
          Unions involved
        </label>
        <div className="nhsuk-hint" id="unions-hint">
          For example UNISON, RCN, Unite, GMB.
        </div>
        <textarea className="nhsuk-textarea" id="unions" name="unions" rows={2} dir="auto" defaultValue={initial.unions} aria-describedby="unions-hint" />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="identifying_terms">
          Names to hide from judges
        </label>
        <div className="nhsuk-hint" id="identifying_terms-hint">
          Judges score entries without knowing who they are from. List, one per line, everything in your entry that would tell them who you are: hospitals and sites (Arrowe Park Hospital, Ward 7), services and programmes (Healthy Minds Wirral), local places (Birkenhead), partner bodies (Wirral Council, Cheshire and Merseyside ICB), people named in the text (Dr Ade Okafor, Ray Jones) and social media handles (@OurTrustNHS, #TeamOurTrust). Your organisation's names and the leads' names are hidden anyway. Before you submit, you can see your entry as judges will see it.
        </div>
        <textarea className="nhsuk-textarea" id="identifying_terms" name="identifying_terms" rows={4} dir="auto" defaultValue={initial.identifying_terms} aria-describedby="identifying_terms-hint" />
      </div>
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id="consent_to_publish" name="consent_to_publish" type="checkbox" value="yes" defaultChecked={initial.consent_to_publish === "yes"} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent_to_publish">
              If shortlisted, the SPF may publish this entry as a case study
            </label>
          </div>
        </div>
      </div>
    </>
  );
}
