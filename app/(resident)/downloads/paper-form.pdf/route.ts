// GET /downloads/paper-form.pdf: the paper opt-out and opt-in form as a tagged A4 PDF, with a new form reference on every download
import { CONTENT } from "@/lib/content/locales/en";
import { paperFormResponse } from "@/lib/downloads/get-download";

// Never cached: each copy carries its own reference.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return paperFormResponse({ locale: "en", content: CONTENT });
}
