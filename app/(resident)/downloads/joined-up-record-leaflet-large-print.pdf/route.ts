// GET /downloads/joined-up-record-leaflet-large-print.pdf (and /bn/downloads/joined-up-record-leaflet-large-print.pdf in each published language): the leaflet in large print (RNIB clear print, 16 pt), rendered from the content source (cached)
import { downloadResponse } from "@/lib/downloads/get-download";
import { getResidentContent } from "@/lib/i18n/server";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("leaflet-large-print-pdf", await getResidentContent());
}
