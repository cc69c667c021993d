// The words of the public facts and figures page (/facts-and-figures), its
// charts, its CSV and JSON downloads, and the same tables on the staff
// reports page. Kept apart from the other content modules; the route is in
// routes.ts with the rest.

import { ROUTES } from "./routes";

export const FACTS_AND_FIGURES_PATH = ROUTES.factsAndFigures;
export const FACTS_AND_FIGURES_CSV_PATH = `${ROUTES.factsAndFigures}/figures.csv`;
export const FACTS_AND_FIGURES_JSON_PATH = `${ROUTES.factsAndFigures}/figures.json`;

export const BOROUGH_LABELS = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "Borough not known",
} as const;

/** How a decision reached the register, as residents would put it. */
export const CHANNEL_LABELS = {
  ONLINE: "Online",
  PAPER: "Paper form",
  PHONE: "Phone",
  CAREMYWAY_IMPORT: "Carried across from CareMyWay",
  CIDR_IMPORT: "Carried across from CIDR",
} as const;

/** Short codes for the downloads' category column: stable, lower-case. */
export const BOROUGH_CODES = {
  BARNET: "barnet", CAMDEN: "camden", ENFIELD: "enfield", HARINGEY: "haringey", ISLINGTON: "islington", UNKNOWN: "not-known",
} as const;
export const CHANNEL_CODES = {
  ONLINE: "online", PAPER: "paper", PHONE: "phone", CAREMYWAY_IMPORT: "caremyway", CIDR_IMPORT: "cidr",
} as const;

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });

/** "2026-10" becomes "October 2026". */
export function monthLabel(yearMonth: string): string {
  return MONTH_NAME.format(new Date(`${yearMonth}-01T12:00:00Z`));
}

export function periodLabel(months: readonly string[]): string {
  return months.length ? `${monthLabel(months[0]!)} to ${monthLabel(months.at(-1)!)}` : "";
}

export const FEWER_THAN_10 = "fewer than 10";
export const NOT_SHOWN = "not shown";

export const FACTS_AND_FIGURES = {
  title: "Facts and figures",
  description: "How many people opted out of, or back in to, the joined-up record each month, by borough and by how they told us.",
  lede: "How many people opted out of the joined-up record, or opted back in, each month.",
  aboutHeading: "About these figures",
  about: [
    "Each figure counts decisions that are in effect, by the month the person made them (UK time). A decision that was withdrawn, for example because the evidence for it was not accepted, is not counted. Someone who opted out and later opted back in is counted once in each month.",
    "To protect people's privacy, numbers under 10 are shown as \"fewer than 10\", and other numbers are rounded to the nearest 5. Totals are rounded separately, so they may not add up exactly.",
    "Net change is opt-outs minus opt-ins, worked out from the rounded numbers. It is not shown when either number is fewer than 10.",
    "Borough is worked out from the postcode, or from the GP practice when the postcode is not in the area. \"Borough not known\" means we could not tell.",
    "This month's figures are added when the month ends.",
  ],
  periodSelect: {
    legend: "Show figures for",
    label: "Period",
    wholePeriod: (months: readonly string[]) => `All 12 months (${periodLabel(months)})`,
    button: "Show figures",
    unknownMonth: "We do not have figures for that month. Showing all 12 months instead.",
  },
  eachMonthHeading: "Each month",
  byBoroughHeading: "By borough",
  byChannelHeading: "By how people told us",
  forPeriod: (label: string) => `Figures for ${label}`,
  columns: { month: "Month", borough: "Borough", channel: "How people told us", optOuts: "Opt-outs", optIns: "Opt-ins", net: "Net change" },
  totalRow: "All",
  caption: {
    eachMonth: (period: string) => `Opt-outs, opt-ins and net change each month, ${period}`,
    byBorough: (period: string) => `Opt-outs, opt-ins and net change by borough, ${period}`,
    byChannel: (period: string) => `Opt-outs, opt-ins and net change by how people told us, ${period}`,
  },
  chart: {
    title: (caption: string) => `Bar chart: ${caption}`,
    description: "Bars show opt-outs and opt-ins. A number shown as fewer than 10 has no bar. The same figures are in the table below the chart.",
    optOuts: "Opt-outs",
    optIns: "Opt-ins",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Download the figures",
  downloads: [
    { text: "Download the figures as a spreadsheet (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Download the figures as data (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "The downloads hold every month by borough and by how people told us, with the same rounding.",
  generatedAt: (when: string) => `Figures worked out on ${when}.`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "North London joined-up care record: opt-outs and opt-ins each month",
  staffSection: {
    heading: "Public facts and figures",
    intro: "The figures residents see on the public facts and figures page, with the same rounding. Canary test people are never counted.",
    link: "Open the public page",
  },
} as const;
