import { FACTS_AND_FIGURES, FEWER_THAN_10, NOT_SHOWN } from "@/lib/content/facts-and-figures";
import type { PublishedCount, PublishedNet } from "@/lib/reports/publish-count";

// An NHS.UK table of published figures (never true counts: publishRow made them).

export type TableRow = { label: string; optOuts: PublishedCount; optIns: PublishedCount; net: PublishedNet };

export function formatCount(value: PublishedCount): string {
  return value.kind === "rounded" ? value.value.toLocaleString("en-GB") : FEWER_THAN_10;
}

export function formatNet(value: PublishedNet): string {
  if (value.kind === "not-shown") return NOT_SHOWN;
  return value.value > 0 ? `+${value.value.toLocaleString("en-GB")}` : value.value.toLocaleString("en-GB");
}

export function FiguresTable({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: readonly TableRow[]; total?: TableRow }) {
  const columns = FACTS_AND_FIGURES.columns;
  const renderRow = (row: TableRow, isTotal = false) => (
    <tr className="nhsuk-table__row" key={row.label}>
      <th scope="row" className="nhsuk-table__header">
        {isTotal ? <strong>{row.label}</strong> : row.label}
      </th>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatCount(row.optOuts)}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatCount(row.optIns)}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatNet(row.net)}</td>
    </tr>
  );
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">{firstColumn}</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{columns.optOuts}</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{columns.optIns}</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{columns.net}</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => renderRow(row))}
        {total ? renderRow(total, true) : null}
      </tbody>
    </table>
  );
}
