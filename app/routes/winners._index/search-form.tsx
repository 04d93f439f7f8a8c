// The archive's search box and filters (a GET form: every search and filter has its own address).
import { Form, Link } from "@remix-run/react";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import type { OrganisationType } from "../../../db/schema";
import { GridColumn, GridRow } from "~/components/nhsuk";
import { Select, type FieldErrors } from "~/components/forms";

type Facets = { themes: string[]; regions: string[]; organisationTypes: OrganisationType[] };
type Filters = { theme?: string; region?: string; type?: string; from?: number; to?: number };

export function SearchForm({
  q,
  filters,
  filtering,
  facets,
  yearRange,
  errors,
}: {
  q: string | null;
  filters: Filters;
  filtering: boolean;
  facets: Facets;
  yearRange: number[];
  errors?: FieldErrors;
}) {
  return (
    <search>
      <Form method="get" action="/winners" className="nhsuk-u-margin-bottom-5">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="q">
            Search the archive
          </label>
          <div className="nhsuk-hint" id="q-hint">
            Search by organisation, initiative or anything in a case study
          </div>
          <input className="nhsuk-input nhsuk-input--width-30" id="q" name="q" type="search" defaultValue={q?.slice(0, 200) ?? ""} aria-describedby="q-hint" />
        </div>
        <details className="nhsuk-details" open={filtering}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Filter by theme, region, type of organisation or year</span>
          </summary>
          <div className="nhsuk-details__text">
            <GridRow>
              <GridColumn width="one-half">
                <FilterSelect name="theme" label="Theme" value={filters.theme} options={facets.themes.map((t) => ({ value: t, label: t }))} />
                <FilterSelect name="region" label="Region" value={filters.region} options={facets.regions.map((r) => ({ value: r, label: r }))} />
                <FilterSelect name="type" label="Type of organisation" value={filters.type} options={facets.organisationTypes.map((t) => ({ value: t, label: ORGANISATION_TYPE_LABELS[t] }))} />
              </GridColumn>
              <GridColumn width="one-half">
                <FilterSelect name="from" label="From year" error={errors?.from} value={filters.from?.toString()} options={[...yearRange].reverse().map((y) => ({ value: String(y), label: String(y) }))} />
                <FilterSelect name="to" label="To year" value={filters.to?.toString()} options={yearRange.map((y) => ({ value: String(y), label: String(y) }))} />
              </GridColumn>
            </GridRow>
          </div>
        </details>
        <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
          Search
        </button>{" "}
        {q || filtering ? (
          <Link to="/winners" className="nhsuk-u-margin-left-3">
            Clear search and filters
          </Link>
        ) : null}
      </Form>
    </search>
  );
}

function FilterSelect({ name, label, value, error, options }: { name: string; label: string; value?: string; error?: string; options: { value: string; label: string }[] }) {
  return <Select name={name} label={label} defaultValue={value} error={error} placeholder="Any" options={options} />;
}
