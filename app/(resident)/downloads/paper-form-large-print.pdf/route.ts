// GET /downloads/paper-form-large-print.pdf: the paper form in large print (RNIB clear print, 16 pt, boxes about 15 mm high), with a new form reference on every download
import { CONTENT } from "@/lib/content/locales/en";
import { paperFormResponse } from "@/lib/downloads/get-download";

// Never cached: each copy carries its own reference.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return paperFormResponse({ locale: "en", content: CONTENT, largePrint: true });
}
