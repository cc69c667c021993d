// GET /check-your-choice/receipt.pdf: the signed-in resident's choice and its history as a PDF receipt (audited)
import { NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { getEnv } from "@/lib/env";
import { getResidentChoice } from "@/lib/identity/check-your-choice/get-resident-choice";
import { renderReceiptPdf } from "@/lib/identity/check-your-choice/render-receipt-pdf";
import { localiseHref } from "@/lib/i18n/paths";
import { getResidentContent } from "@/lib/i18n/server";

import { currentResidentSession } from "../_lib/current-session";

export async function GET(): Promise<Response> {
  // In the language of the page it was asked from (/bn/check-your-choice/receipt.pdf).
  const { locale, content } = await getResidentContent();
  const session = await currentResidentSession();
  if (!session) return new Response(null, { status: 303, headers: { location: localiseHref(locale, NHS_LOGIN_ROUTES.checkYourChoice) } });
  const choice = await getResidentChoice({ nhsNumber: session.nhsNumber, sessionId: session.id, view: "receipt" });
  const pdf = await renderReceiptPdf({ choice, name: `${session.givenName} ${session.familyName}`, siteUrl: getEnv().SITE_URL, locale, content });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="your-choice-receipt.pdf"',
      "cache-control": "no-store",
    },
  });
}
