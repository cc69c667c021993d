// GET /facts-and-figures/figures.json: the public figures as data (suppressed and rounded)
import { figuresFileName, figuresToJson } from "@/lib/reports/figures-downloads";
import { getPublishedFigures } from "@/lib/reports/publish-figures";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const figures = await getPublishedFigures();
  return new Response(figuresToJson(figures), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${figuresFileName(figures, "json")}"`,
      "cache-control": "public, max-age=600",
    },
  });
}
