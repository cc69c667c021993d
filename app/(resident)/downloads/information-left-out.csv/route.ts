// GET /downloads/information-left-out.csv (and under each language prefix; the CSV is data, in the programme's English): the list of information left out, as CSV, rendered from the content source (cached)
import { downloadResponse } from "@/lib/downloads/get-download";
import { getResidentContent } from "@/lib/i18n/server";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("excluded-information-csv", await getResidentContent());
}
