// GET /downloads/information-left-out.csv: the list of information left out, as CSV, rendered from the content source (cached)
import { CONTENT } from "@/lib/content/locales/en";
import { downloadResponse } from "@/lib/downloads/get-download";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("excluded-information-csv", { locale: "en", content: CONTENT });
}
