// GET /check-your-choice/receipt.pdf: the signed-in resident's choice and its history as a PDF receipt (audited)
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { getEnv } from "@/lib/env";
import { getResidentChoice } from "@/lib/identity/check-your-choice/get-resident-choice";
import { renderReceiptPdf } from "@/lib/identity/check-your-choice/render-receipt-pdf";

import { currentResidentSession } from "../_lib/current-session";

export async function GET(): Promise<Response> {
  const session = await currentResidentSession();
  if (!session) return new Response(null, { status: 303, headers: { location: NHS_LOGIN_ROUTES.checkYourChoice } });
  const choice = await getResidentChoice({ nhsNumber: session.nhsNumber, sessionId: session.id, view: "receipt" });
  const pdf = await renderReceiptPdf({ choice, name: `${session.givenName} ${session.familyName}`, siteUrl: getEnv().SITE_URL });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="your-choice-receipt.pdf"',
      "cache-control": "no-store",
    },
  });
}
