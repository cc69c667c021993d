// GET /downloads/information-left-out.csv (and /bn/downloads/information-left-out.csv in each published language, in that language): the list of information left out, as CSV, rendered from the content source (cached)
import { downloadResponse } from "@/lib/downloads/get-download";
import { getResidentContent } from "@/lib/i18n/server";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("excluded-information-csv", await getResidentContent());
}
