import type { FiguresWords } from "@/lib/content/facts-and-figures-words";
import type { PublishedCount, PublishedNet } from "@/lib/reports/publish-count";

// An NHS.UK table of published figures (never true counts: publishRow made them).

export type TableRow = { label: string; optOuts: PublishedCount; optIns: PublishedCount; net: PublishedNet };

export function formatCount(value: PublishedCount, words: FiguresWords): string {
  return value.kind === "rounded" ? value.value.toLocaleString(words.numberLocale) : words.FEWER_THAN_10;
}

export function formatNet(value: PublishedNet, words: FiguresWords): string {
  if (value.kind === "not-shown") return words.NOT_SHOWN;
  const number = value.value.toLocaleString(words.numberLocale, { signDisplay: "exceptZero" });
  return number;
}

type FiguresTableProps = { caption: string; firstColumn: string; rows: readonly TableRow[]; total?: TableRow; words: FiguresWords };

export function FiguresTable({ caption, firstColumn, rows, total, words }: FiguresTableProps) {
  const columns = words.FACTS_AND_FIGURES.columns;
  const renderRow = (row: TableRow, isTotal = false) => (
    <tr className="nhsuk-table__row" key={row.label}>
      <th scope="row" className="nhsuk-table__header">
        {isTotal ? <strong>{row.label}</strong> : row.label}
      </th>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatCount(row.optOuts, words)}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatCount(row.optIns, words)}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatNet(row.net, words)}</td>
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
