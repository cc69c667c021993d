// GET /downloads/information-left-out.pdf: the list of information left out, as a PDF, rendered from the content source (cached)
import { CONTENT } from "@/lib/content/locales/en";
import { downloadResponse } from "@/lib/downloads/get-download";

// Rendered at run time (then kept in memory), so SITE_URL is the one the server runs with.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return downloadResponse("excluded-information-pdf", { locale: "en", content: CONTENT });
}
