import {
  BOROUGH_CODES,
  CHANNEL_CODES,
  FACTS_AND_FIGURES,
  FEWER_THAN_10,
  NOT_SHOWN,
  periodLabel,
} from "../content/facts-and-figures";
import { toCsv } from "./csv";
import type { PublishedCount, PublishedNet, PublishedRow } from "./publish-count";
import type { FiguresView, PublishedFigures } from "./publish-figures";

// The public figures as CSV and JSON: every month by borough and by channel,
// and the whole period, exactly the published (suppressed and rounded)
// figures the page shows. Nothing here sees a true count.

export type DownloadRow = {
  /** "2026-10", or "2025-12/2026-11" for the whole period. */
  period: string;
  breakdown: "total" | "borough" | "channel";
  category: string;
  optOuts: number | typeof FEWER_THAN_10;
  optIns: number | typeof FEWER_THAN_10;
  /** null when either figure is fewer than 10. */
  netChange: number | null;
};

function count(value: PublishedCount): number | typeof FEWER_THAN_10 {
  return value.kind === "rounded" ? value.value : FEWER_THAN_10;
}

function net(value: PublishedNet): number | null {
  return value.kind === "value" ? value.value : null;
}

function rowsOf(period: string, view: FiguresView): DownloadRow[] {
  const row = (breakdown: DownloadRow["breakdown"], category: string, published: PublishedRow): DownloadRow => ({
    period,
    breakdown,
    category,
    optOuts: count(published.optOuts),
    optIns: count(published.optIns),
    netChange: net(published.net),
  });
  return [
    row("total", "all", view.total),
    ...view.byBorough.map((r) => row("borough", BOROUGH_CODES[r.key], r)),
    ...view.byChannel.map((r) => row("channel", CHANNEL_CODES[r.key], r)),
  ];
}

export function listDownloadRows(figures: PublishedFigures): DownloadRow[] {
  const whole = figures.months.length ? `${figures.months[0]}/${figures.months.at(-1)}` : "";
  return [...figures.months.flatMap((month) => rowsOf(month, figures.perMonth[month]!)), ...rowsOf(whole, figures.period)];
}

export function figuresToCsv(figures: PublishedFigures): string {
  return toCsv([
    ["period", "breakdown", "category", "opt_outs", "opt_ins", "net_change"],
    ...listDownloadRows(figures).map((r) => [r.period, r.breakdown, r.category, r.optOuts, r.optIns, r.netChange ?? NOT_SHOWN]),
  ]);
}

export function figuresToJson(figures: PublishedFigures): string {
  return JSON.stringify(
    {
      title: FACTS_AND_FIGURES.jsonTitle,
      period: periodLabel(figures.months),
      months: figures.months,
      generatedAt: figures.generatedAt,
      notes: FACTS_AND_FIGURES.about,
      categories: { borough: BOROUGH_CODES, channel: CHANNEL_CODES },
      rows: listDownloadRows(figures),
    },
    null,
    2,
  );
}

export function figuresFileName(figures: PublishedFigures, extension: "csv" | "json"): string {
  return `${FACTS_AND_FIGURES.csvFileName}-${figures.months.at(-1) ?? "none"}.${extension}`;
}
