import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import { formatDate, icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// The public facts and figures page in Easy Read. Months and counts go
// through ICU, so they read the same way as the rest of the Easy Read site.

const LOCALE = "en-easy";

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "Area not known",
};

export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "Online",
  PAPER: "Paper form",
  PHONE: "Phone",
  CAREMYWAY_IMPORT: "Carried across from CareMyWay",
  CIDR_IMPORT: "Carried across from CIDR",
};

/** "2026-10" becomes "October 2026". */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  formatDate(LOCALE, new Date(`${yearMonth}-01T12:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });

export const periodLabel: Localised<typeof English.periodLabel> = (months) => {
  const first = months[0];
  const last = months.at(-1);
  return first && last ? icu(LOCALE, "{from} to {to}", { from: monthLabel(first), to: monthLabel(last) }) : "";
};

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "fewer than 10";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "not shown";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "Facts and numbers",
  description: "Easy Read. How many people opted out of the joined-up record each month. How many opted back in. By area and by how they told us.",
  lede: "How many people opted out of the joined-up record each month. And how many opted back in.",
  aboutHeading: "About these numbers",
  about: [
    "We count choices that have started. We count them by the month the person made them, in UK time.",
    "We do not count a choice we cancelled. For example, when we could not accept the proof for it.",
    "Did someone opt out and then opt back in later? We count them 1 time in each month.",
    "To keep people's information private, we show numbers under 10 as \"fewer than 10\".",
    "We round other numbers to the nearest 5. For example, 23 becomes 25.",
    "We round the totals on their own. So they may not add up exactly.",
    "Net change is the opt-outs take away the opt-ins. We work it out from the rounded numbers.",
    "We do not show the net change when either number is fewer than 10.",
    "We work out the area from the postcode. If the postcode is not in the 5 areas, we use the GP practice. \"Area not known\" means we could not tell.",
    "We add the numbers for this month when the month ends.",
  ],
  periodSelect: {
    legend: "Show numbers for",
    label: "Time",
    wholePeriod: (months) => icu(LOCALE, "All {count, plural, one {# month} other {# months}} ({period})", { count: 12, period: periodLabel(months) }),
    button: "Show numbers",
    unknownMonth: "We do not have numbers for that month. We are showing all 12 months instead.",
  },
  eachMonthHeading: "Each month",
  byBoroughHeading: "By area",
  byChannelHeading: "By how people told us",
  forPeriod: (label) => `Numbers for ${label}`,
  columns: { month: "Month", borough: "Area", channel: "How people told us", optOuts: "Opt-outs", optIns: "Opt-ins", net: "Net change" },
  totalRow: "All",
  caption: {
    eachMonth: (period) => `Opt-outs, opt-ins and net change each month, ${period}`,
    byBorough: (period) => `Opt-outs, opt-ins and net change by area, ${period}`,
    byChannel: (period) => `Opt-outs, opt-ins and net change by how people told us, ${period}`,
  },
  chart: {
    title: (caption) => `Bar chart: ${caption}`,
    description:
      "The bars show opt-outs and opt-ins. A number shown as fewer than 10 has no bar. The table under the chart has the same numbers.",
    optOuts: "Opt-outs",
    optIns: "Opt-ins",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Download the numbers",
  downloads: [
    { text: "Download the numbers as a spreadsheet (a CSV file)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Download the numbers as data (a JSON file)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "The downloads have every month by area and by how people told us. They are rounded in the same way.",
  generatedAt: (when) => `We worked out these numbers on ${when}.`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "North London joined-up care record: opt-outs and opt-ins each month",
  staffSection: {
    heading: "Public facts and figures",
    intro: "The figures residents see on the public facts and figures page, with the same rounding. Canary test people are never counted.",
    link: "Open the public page",
  },
};
