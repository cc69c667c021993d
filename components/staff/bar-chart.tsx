// A grouped bar chart drawn as SVG on the server: no JavaScript. The numbers
// are also in the table beside it, which is what screen readers use (the SVG
// is hidden from them to avoid reading everything twice).

type Series = { label: string; colour: string; values: readonly number[] };

const OPT_OUT_COLOUR = "#005eb8"; // NHS blue
const OPT_IN_COLOUR = "#007f3b"; // NHS green
export const CHART_SERIES_COLOURS = { optOut: OPT_OUT_COLOUR, optIn: OPT_IN_COLOUR } as const;

export function BarChart({ categories, series, height = 220 }: { categories: readonly string[]; series: readonly Series[]; height?: number }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = 56;
  const barWidth = (groupWidth - 12) / series.length;
  const top = 16;
  const bottom = 48;
  const left = 40;
  const width = left + categories.length * groupWidth + 8;
  const plot = height - top - bottom;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="app-bar-chart" aria-hidden="true" focusable="false">
      <line x1={left} y1={top + plot} x2={width} y2={top + plot} stroke="#4c6272" />
      <text x={left - 4} y={top + 4} textAnchor="end" fontSize="11" fill="#212b32">{max}</text>
      <text x={left - 4} y={top + plot} textAnchor="end" fontSize="11" fill="#212b32">0</text>
      {categories.map((category, i) => (
        <g key={category} transform={`translate(${left + i * groupWidth + 6},0)`}>
          {series.map((s, j) => {
            const h = (s.values[i]! / max) * plot;
            return <rect key={s.label} x={j * barWidth} y={top + plot - h} width={barWidth - 2} height={h} fill={s.colour} />;
          })}
          <text x={(groupWidth - 12) / 2} y={top + plot + 14} textAnchor="middle" fontSize="10" fill="#212b32">{category.length > 9 ? `${category.slice(0, 8)}…` : category}</text>
        </g>
      ))}
      {series.map((s, j) => (
        <g key={s.label} transform={`translate(${left + j * 110},${height - 14})`}>
          <rect width="10" height="10" fill={s.colour} />
          <text x="14" y="9" fontSize="11" fill="#212b32">{s.label}</text>
        </g>
      ))}
    </svg>
  );
}
