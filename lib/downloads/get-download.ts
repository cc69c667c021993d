import { getEnv } from "../env";
import type { Locale } from "../i18n/locales";
import type { SiteContent } from "../content/locales/site-content";
import { renderExcludedInformationPdf } from "../pdf/render-excluded-information-pdf";
import { renderLeafletPdf } from "../pdf/render-leaflet-pdf";
import { renderPaperFormPdf } from "../pdf/render-paper-form-pdf";
import { renderExcludedInformationCsv } from "./render-excluded-information-csv";

export type DownloadName = "leaflet-pdf" | "leaflet-large-print-pdf" | "excluded-information-pdf" | "excluded-information-csv";

export type Download = { body: Buffer; contentType: string; fileName: string };

/** Which language a download is in: the locale and its words (that locale's CONTENT, lib/content/locales/<locale>/index.ts). */
export type DownloadLanguage = { locale: Locale; content: SiteContent };

type RenderOptions = DownloadLanguage & { siteUrl: string };

const RENDERERS: Record<DownloadName, (options: RenderOptions) => Promise<Download>> = {
  "leaflet-pdf": async (options) => ({
    body: await renderLeafletPdf(options),
    contentType: "application/pdf",
    fileName: "joined-up-record-leaflet.pdf",
  }),
  "leaflet-large-print-pdf": async (options) => ({
    body: await renderLeafletPdf({ ...options, largePrint: true }),
    contentType: "application/pdf",
    fileName: "joined-up-record-leaflet-large-print.pdf",
  }),
  "excluded-information-pdf": async (options) => ({
    body: await renderExcludedInformationPdf(options),
    contentType: "application/pdf",
    fileName: "information-left-out.pdf",
  }),
  // The CSV is in the page's language, like the page and the PDF; its code column is the same in every language.
  "excluded-information-csv": async (options) => ({
    body: Buffer.from(renderExcludedInformationCsv(options.content), "utf8"),
    contentType: "text/csv; charset=utf-8",
    fileName: "information-left-out.csv",
  }),
};

// Rendered on first request and kept for the life of the process: the content
// is compiled into the build, so it cannot change until the next deployment.
const cache = new Map<string, Promise<Download>>();

/** A download rendered from the content source, made once per process, language and site address. */
export function getDownload(name: DownloadName, language: DownloadLanguage): Promise<Download> {
  const siteUrl = getEnv().SITE_URL;
  const key = `${name}|${language.locale}|${siteUrl}`;
  let download = cache.get(key);
  if (!download) {
    download = RENDERERS[name]({ ...language, siteUrl });
    // A failed render is not kept, so the next request tries again.
    download.catch(() => cache.delete(key));
    cache.set(key, download);
  }
  return download;
}

function pdfHeaders(body: Buffer, contentType: string, fileName: string, cacheControl: string): HeadersInit {
  return {
    "content-type": contentType,
    "content-length": String(body.length),
    "content-disposition": `inline; filename="${fileName}"`,
    "cache-control": cacheControl,
    "x-content-type-options": "nosniff",
  };
}

/** The HTTP response for a download, cacheable by browsers for a day. */
export async function downloadResponse(name: DownloadName, language: DownloadLanguage): Promise<Response> {
  const download = await getDownload(name, language);
  return new Response(new Uint8Array(download.body), { headers: pdfHeaders(download.body, download.contentType, download.fileName, "public, max-age=86400") });
}

/** The paper form, made afresh for every request: each copy carries its own form reference, so it is never cached. */
export async function paperFormResponse(language: DownloadLanguage & { largePrint?: boolean }): Promise<Response> {
  const { pdf, formReference } = await renderPaperFormPdf({ ...language, siteUrl: getEnv().SITE_URL });
  const fileName = `paper-form${language.largePrint ? "-large-print" : ""}-${formReference}.pdf`;
  return new Response(new Uint8Array(pdf), { headers: pdfHeaders(pdf, "application/pdf", fileName, "no-store") });
}
