import type { Channel } from "../generated/prisma/enums";
import { FIGURE_BOROUGHS, FIGURE_CHANNELS, getMonthlyCube, type FigureBorough, type MonthlyCube } from "./get-monthly-figures";
import { completeMonthsBefore } from "./london-months";
import { publishRow, type PublishedRow, type TrueCounts } from "./publish-count";

// The public facts and figures, built from the true counts in one pass: each
// figure is summed from the true counts and then published once (publishRow),
// so no published figure is ever added up from other published ones, and a
// total shown in several tables is the same figure in each.

export const FIGURE_MONTHS = 12;

export type FiguresView = {
  total: PublishedRow<"ALL">;
  byBorough: PublishedRow<FigureBorough>[];
  byChannel: PublishedRow<Channel>[];
};

export type PublishedFigures = {
  /** The complete London months covered, oldest first ("YYYY-MM"). */
  months: readonly string[];
  generatedAt: string;
  /** One row a month, for the whole area. */
  byMonth: PublishedRow[];
  /** The whole period, by borough and by channel. */
  period: FiguresView;
  /** Each month, by borough and by channel. */
  perMonth: Readonly<Record<string, FiguresView>>;
};

function sum(cells: readonly TrueCounts[]): TrueCounts {
  return cells.reduce((acc, c) => ({ optOuts: acc.optOuts + c.optOuts, optIns: acc.optIns + c.optIns }), { optOuts: 0, optIns: 0 });
}

function view(cells: MonthlyCube["cells"]): FiguresView {
  return {
    total: publishRow("ALL", sum(cells)),
    byBorough: FIGURE_BOROUGHS.map((borough) => publishRow(borough, sum(cells.filter((c) => c.borough === borough)))),
    byChannel: FIGURE_CHANNELS.map((channel) => publishRow(channel, sum(cells.filter((c) => c.channel === channel)))),
  };
}

export function publishFigures(cube: MonthlyCube, generatedAt: Date): PublishedFigures {
  const perMonth: Record<string, FiguresView> = {};
  for (const month of cube.months) perMonth[month] = view(cube.cells.filter((c) => c.month === month));
  return {
    months: cube.months,
    generatedAt: generatedAt.toISOString(),
    byMonth: cube.months.map((month) => ({ ...perMonth[month]!.total, key: month })),
    period: view(cube.cells),
    perMonth,
  };
}

// The page is public and needs no sign-in, and the query reads every decision
// of a year: figures are kept per process for a while, so a burst of visitors
// costs one query. Complete months change only when a late decision arrives
// (a paper form keyed later, a withdrawal), so a few minutes' delay is fine.
const CACHE_MS = 10 * 60_000;
const cache = globalThis as unknown as { publishedFigures?: { month: string; at: number; figures: Promise<PublishedFigures> } };

export async function getPublishedFigures(options: { now?: Date; useCache?: boolean } = {}): Promise<PublishedFigures> {
  const now = options.now ?? new Date();
  const months = completeMonthsBefore(now, FIGURE_MONTHS);
  const build = async () => publishFigures(await getMonthlyCube({ months }), now);
  if (options.useCache === false) return build();
  const cached = cache.publishedFigures;
  if (cached && cached.month === months.at(-1) && Date.now() - cached.at < CACHE_MS) return cached.figures;
  const figures = build();
  cache.publishedFigures = { month: months.at(-1)!, at: Date.now(), figures };
  // A failed query is not kept: the next visitor tries again.
  figures.catch(() => {
    if (cache.publishedFigures?.figures === figures) cache.publishedFigures = undefined;
  });
  return figures;
}
