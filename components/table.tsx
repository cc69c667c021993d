import { inlineToPlainText, languageOf, type Words } from "@/lib/content/types";

type TableProps = {
  caption: string;
  /** Used to name the scrolling region after the caption. */
  id: string;
  head: readonly string[];
  /** A cell in another language than the page's (an operator's English fact) is marked with its `lang`. */
  rows: readonly (readonly Words[])[];
  /** First cell of each row is the row's header. */
  firstCellIsHeader?: boolean;
  /**
   * Stack each row on narrow screens, each cell labelled with its column, as
   * NHS.UK's responsive table does: for tables too wide for a phone.
   */
  responsive?: boolean;
  /** Smaller text and padding, so a table with many columns fits the content column. */
  compact?: boolean;
};

// Mirrors nhsuk-frontend 10.6.1's tables template (plain and responsive).
export function Table({ caption, id, head, rows, firstCellIsHeader = true, responsive = false, compact = false }: TableProps) {
  const captionId = `${id}-caption`;
  const classNames = ["nhsuk-table"];
  if (responsive) classNames.push("nhsuk-table--responsive");
  if (compact) classNames.push("nhsuk-table--compact", "nhsuk-u-font-size-16");
  return (
    <table
      className={classNames.join(" ")}
      role={responsive ? "table" : undefined}
    >
      <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={captionId}>
        {caption}
      </caption>
      <thead className="nhsuk-table__head" role={responsive ? "rowgroup" : undefined}>
        <tr className="nhsuk-table__row" role={responsive ? "row" : undefined}>
          {head.map((heading) => (
            <th className="nhsuk-table__header" scope="col" role={responsive ? "columnheader" : undefined} key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role={responsive ? "row" : undefined} key={inlineToPlainText(row[0] ?? "")}>
            {row.map((cell, index) => {
              const isRowHeader = firstCellIsHeader && index === 0;
              const content = responsive ? (
                <>
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {head[index]}{" "}
                  </span>
                  {inlineToPlainText(cell)}
                </>
              ) : (
                inlineToPlainText(cell)
              );
              return isRowHeader ? (
                <th className="nhsuk-table__header" scope="row" role={responsive ? "rowheader" : undefined} key={index} lang={languageOf(cell)}>
                  {content}
                </th>
              ) : (
                <td className="nhsuk-table__cell" role={responsive ? "cell" : undefined} key={index} lang={languageOf(cell)}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
