// GET /facts-and-figures/figures.csv: the public figures for a spreadsheet (suppressed and rounded, formula-safe)
import { figuresFileName, figuresToCsv } from "@/lib/reports/figures-downloads";
import { getPublishedFigures } from "@/lib/reports/publish-figures";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const figures = await getPublishedFigures();
  return new Response(figuresToCsv(figures), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${figuresFileName(figures, "csv")}"`,
      "cache-control": "public, max-age=600",
    },
  });
}
