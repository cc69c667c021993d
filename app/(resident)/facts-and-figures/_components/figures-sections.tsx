import type { FiguresWords } from "@/lib/content/facts-and-figures-words";
import type { FiguresView, PublishedFigures } from "@/lib/reports/publish-figures";

import { FiguresChart } from "./figures-chart";
import { FiguresTable, type TableRow } from "./figures-table";

// The figures as the public page shows them, also used by the staff reports
// page: a chart and its table for each breakdown. `month` narrows the borough
// and channel breakdowns to one month; the monthly overview is always shown.

type Props = { figures: PublishedFigures; month?: string; headingLevel?: 2 | 3; words: FiguresWords };

export function FiguresSections({ figures, month, headingLevel = 2, words }: Props) {
  const { BOROUGH_LABELS, CHANNEL_LABELS, FACTS_AND_FIGURES, monthLabel, periodLabel } = words;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const wholePeriod = periodLabel(figures.months);
  const view: FiguresView = month ? figures.perMonth[month]! : figures.period;
  const viewLabel = month ? monthLabel(month) : wholePeriod;
  const totalLabel = `${FACTS_AND_FIGURES.totalRow} (${viewLabel})`;
  const total: TableRow = { label: totalLabel, ...view.total };
  const monthRows: TableRow[] = figures.byMonth.map((r) => ({ ...r, label: monthLabel(r.key) }));
  const boroughRows: TableRow[] = view.byBorough.map((r) => ({ ...r, label: BOROUGH_LABELS[r.key] }));
  const channelRows: TableRow[] = view.byChannel.map((r) => ({ ...r, label: CHANNEL_LABELS[r.key] }));
  const sections = [
    {
      id: "each-month",
      heading: FACTS_AND_FIGURES.eachMonthHeading,
      caption: FACTS_AND_FIGURES.caption.eachMonth(wholePeriod),
      firstColumn: FACTS_AND_FIGURES.columns.month,
      rows: monthRows,
      total: { label: `${FACTS_AND_FIGURES.totalRow} (${wholePeriod})`, ...figures.period.total },
    },
    {
      id: "by-borough",
      heading: FACTS_AND_FIGURES.byBoroughHeading,
      caption: FACTS_AND_FIGURES.caption.byBorough(viewLabel),
      firstColumn: FACTS_AND_FIGURES.columns.borough,
      rows: boroughRows,
      total,
    },
    {
      id: "by-channel",
      heading: FACTS_AND_FIGURES.byChannelHeading,
      caption: FACTS_AND_FIGURES.caption.byChannel(viewLabel),
      firstColumn: FACTS_AND_FIGURES.columns.channel,
      rows: channelRows,
      total,
    },
  ];
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <Heading id={`${section.id}-heading`}>{section.heading}</Heading>
          <FiguresChart id={`${section.id}-chart`} caption={section.caption} rows={section.rows} words={words} />
          <FiguresTable caption={section.caption} firstColumn={section.firstColumn} rows={section.rows} total={section.total} words={words} />
        </section>
      ))}
    </>
  );
}
