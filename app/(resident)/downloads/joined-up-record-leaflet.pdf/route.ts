// GET /downloads/joined-up-record-leaflet.pdf: the leaflet as an accessible A4 PDF, rendered from the content source (cached)
import { CONTENT } from "@/lib/content/locales/en";
import { downloadResponse } from "@/lib/downloads/get-download";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("leaflet-pdf", { locale: "en", content: CONTENT });
}
