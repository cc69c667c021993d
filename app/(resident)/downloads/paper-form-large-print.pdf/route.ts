// GET /downloads/paper-form-large-print.pdf (and /bn/downloads/paper-form-large-print.pdf in each published language): the paper form in large print (RNIB clear print, 16 pt, boxes about 15 mm high), with a new form reference on every download
import { paperFormResponse } from "@/lib/downloads/get-download";
import { getResidentContent } from "@/lib/i18n/server";

// Never cached: each copy carries its own reference.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return paperFormResponse({ ...(await getResidentContent()), largePrint: true });
}
