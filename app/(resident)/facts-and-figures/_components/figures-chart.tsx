import type { FiguresWords } from "@/lib/content/facts-and-figures-words";
import type { PublishedCount } from "@/lib/reports/publish-count";

// A horizontal grouped bar chart drawn as SVG on the server, so it is there
// without JavaScript. It is one image to assistive technology (role="img",
// named by its <title> and described by its <desc>); the figures themselves
// are in the table that follows it. A figure shown as "fewer than 10" gets no
// bar, only a mark, so the chart never suggests a value the table hides.

export type ChartRow = { label: string; optOuts: PublishedCount; optIns: PublishedCount };

const OPT_OUT_COLOUR = "#005eb8"; // NHS blue, 5.9:1 on white
const OPT_IN_COLOUR = "#007f3b"; // NHS green, 5.1:1 on white
const TEXT_COLOUR = "#212b32";

const WIDTH = 680;
const LABEL_WIDTH = 240;
const VALUE_SPACE = 64;
const BAR_HEIGHT = 14;
const ROW_GAP = 14;
const TOP = 36;
const BOTTOM = 12;

export function FiguresChart({ id, caption, rows, words }: { id: string; caption: string; rows: readonly ChartRow[]; words: FiguresWords }) {
  const { FACTS_AND_FIGURES } = words;
  const values = rows.flatMap((r) => [r.optOuts, r.optIns]).map((v) => (v.kind === "rounded" ? v.value : 0));
  const max = Math.max(10, ...values);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const rowHeight = BAR_HEIGHT * 2 + ROW_GAP;
  const height = TOP + rows.length * rowHeight + BOTTOM;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const series = [
    { label: FACTS_AND_FIGURES.chart.optOuts, colour: OPT_OUT_COLOUR, pick: (r: ChartRow) => r.optOuts },
    { label: FACTS_AND_FIGURES.chart.optIns, colour: OPT_IN_COLOUR, pick: (r: ChartRow) => r.optIns },
  ];
  return (
    <svg
      id={id}
      className="app-bar-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      focusable="false"
    >
      <title id={titleId}>{FACTS_AND_FIGURES.chart.title(caption)}</title>
      <desc id={descId}>{FACTS_AND_FIGURES.chart.description}</desc>
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${LABEL_WIDTH + i * 120},8)`}>
          <rect width="14" height="14" fill={s.colour} />
          <text x="20" y="12" fontSize="14" fill={TEXT_COLOUR}>
            {s.label}
          </text>
        </g>
      ))}
      <line x1={LABEL_WIDTH} y1={TOP - 4} x2={LABEL_WIDTH} y2={height - BOTTOM} stroke="#4c6272" />
      {rows.map((row, i) => {
        const y = TOP + i * rowHeight;
        return (
          <g key={row.label}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT + 4} textAnchor="end" fontSize="14" fill={TEXT_COLOUR}>
              {row.label}
            </text>
            {series.map((s, j) => {
              const value = s.pick(row);
              const barY = y + j * BAR_HEIGHT;
              const barWidth = value.kind === "rounded" ? Math.max(1, (value.value / max) * plotWidth) : 0;
              return (
                <g key={s.label}>
                  {barWidth > 0 ? <rect x={LABEL_WIDTH} y={barY} width={barWidth} height={BAR_HEIGHT - 2} fill={s.colour} /> : null}
                  <text x={LABEL_WIDTH + barWidth + 4} y={barY + BAR_HEIGHT - 3} fontSize="12" fill={TEXT_COLOUR}>
                    {value.kind === "rounded" ? value.value.toLocaleString(words.numberLocale) : FACTS_AND_FIGURES.chart.fewerThan10Mark}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
