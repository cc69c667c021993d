// GET /downloads/paper-form.pdf (and /bn/downloads/paper-form.pdf in each published language): the paper opt-out and opt-in form as a tagged A4 PDF, with a new form reference on every download
import { paperFormResponse } from "@/lib/downloads/get-download";
import { getResidentContent } from "@/lib/i18n/server";

// Never cached: each copy carries its own reference.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return paperFormResponse(await getResidentContent());
}
