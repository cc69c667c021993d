import { LocalLink } from "./local-link";
// Mirrors nhsuk-frontend 10.6.1's summary-list template, with "Change" links
// whose hidden text names the answer they change, as its label is written
// (lowercasing would read "NHS number" as "nhs number", and is wrong in Turkish).

type SummaryRow = { key: string; value: string; change?: { href: string; text: string } };

export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="nhsuk-summary-list__actions">
              <LocalLink href={row.change.href}>
                {row.change.text}
                <span className="nhsuk-u-visually-hidden"> {row.key}</span>
              </LocalLink>
            </dd>
          ) : (
            <dd className="nhsuk-summary-list__actions" />
          )}
        </div>
      ))}
    </dl>
  );
}
