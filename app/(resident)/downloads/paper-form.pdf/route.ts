// GET /downloads/paper-form.pdf: the paper opt-out and opt-in form as a tagged A4 PDF, with a new form reference on every download
import { getEnv } from "@/lib/env";
import { renderPaperFormPdf } from "@/lib/pdf/render-paper-form-pdf";

// Never cached: each copy carries its own reference.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { pdf, formReference } = await renderPaperFormPdf({ siteUrl: getEnv().SITE_URL });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": `inline; filename="paper-form-${formReference}.pdf"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
