// GET /downloads/joined-up-record-leaflet-large-print.pdf: the leaflet in large print (RNIB clear print, 16 pt), rendered from the content source (cached)
import { CONTENT } from "@/lib/content/locales/en";
import { downloadResponse } from "@/lib/downloads/get-download";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("leaflet-large-print-pdf", { locale: "en", content: CONTENT });
}
