import type { Metadata } from "next";

import { FiguresSections } from "@/app/(resident)/facts-and-figures/_components/figures-sections";
import { BarChart, CHART_SERIES_COLOURS } from "@/components/staff/bar-chart";
import { FACTS_AND_FIGURES, FACTS_AND_FIGURES_PATH } from "@/lib/content/facts-and-figures";
import { ORGANISATION_LIST } from "@/lib/content/when-it-starts";
import { getDecisionReport, type CountRow } from "@/lib/reports/get-decision-report";
import { getPublishedFigures } from "@/lib/reports/publish-figures";
import { CHANNEL_LABELS, ONE_MONTH_DAYS } from "@/lib/staff/labels";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";
import { contentFor } from "@/lib/content/locales";

export const metadata: Metadata = { title: "Reports" };

const SOURCE_LABELS = { REGISTER: "This register", CAREMYWAY: "CareMyWay", CIDR: "CIDR" } as const;
const BOROUGH_LABELS = { ...ORGANISATION_LIST.boroughHeadings, UNKNOWN: "Not known" } as const;

export default async function ReportsPage() {
  await requireStaff("reports:view", "reports");
  const report = await getDecisionReport();
  return (
    <>
      <h1>Reports</h1>
      <p>Decisions in effect (not withdrawn or corrected). <a href={`${STAFF_ROUTES.reports}/decisions.csv`} download>Download all figures as CSV</a></p>
      <h2>Queues against the one-month limit</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Queue sizes and ages</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Queue</th><th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Waiting</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Oldest (days)</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Over {ONE_MONTH_DAYS} days</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {([["Tracing", report.tracing], ["Review", report.review]] as const).map(([label, q]) => (
            <tr className="nhsuk-table__row" key={label}>
              <th scope="row" className="nhsuk-table__header">{label}</th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{q.size}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{q.oldestDays}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{q.overMonth}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section title="Over the last 12 months" rows={report.months} label={(k) => k} />
      <Section title="By borough" rows={report.boroughs} label={(k) => BOROUGH_LABELS[k]} />
      <Section title="By channel" rows={report.channels} label={(k) => CHANNEL_LABELS[k]} />
      <Section title="By source" rows={report.sources} label={(k) => SOURCE_LABELS[k]} />
      {/* The public dashboard's figures, exactly as published (suppressed and rounded). */}
      <section aria-labelledby="public-figures-heading">
        <h2 id="public-figures-heading">{FACTS_AND_FIGURES.staffSection.heading}</h2>
        <p>
          {FACTS_AND_FIGURES.staffSection.intro} <a href={FACTS_AND_FIGURES_PATH}>{FACTS_AND_FIGURES.staffSection.link}</a>
        </p>
        <FiguresSections figures={await getPublishedFigures()} headingLevel={3} words={{ ...contentFor("en").factsAndFigures, numberLocale: "en-GB" }} />
      </section>
    </>
  );
}

function Section<K extends string>({ title, rows, label }: { title: string; rows: readonly CountRow<K>[]; label: (key: K) => string }) {
  return (
    <section>
      <h2>{title}</h2>
      <BarChart categories={rows.map((r) => label(r.key))} series={[
        { label: "Opt-outs", colour: CHART_SERIES_COLOURS.optOut, values: rows.map((r) => r.optOut) },
        { label: "Opt-ins", colour: CHART_SERIES_COLOURS.optIn, values: rows.map((r) => r.optIn) },
      ]} />
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{title}: opt-outs and opt-ins</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">{title.replace(/^By /, "").replace(/^Over the last 12 months$/, "Month")}</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Opt-outs</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Opt-ins</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {rows.map((r) => (
            <tr className="nhsuk-table__row" key={r.key}>
              <th scope="row" className="nhsuk-table__header">{label(r.key)}</th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.optOut}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.optIn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
