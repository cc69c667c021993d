import { getEnv } from "../env";
import { renderExcludedInformationPdf } from "../pdf/render-excluded-information-pdf";
import { renderLeafletPdf } from "../pdf/render-leaflet-pdf";
import { renderExcludedInformationCsv } from "./render-excluded-information-csv";

export type DownloadName = "leaflet-pdf" | "excluded-information-pdf" | "excluded-information-csv";

export type Download = { body: Buffer; contentType: string; fileName: string };

const RENDERERS: Record<DownloadName, (siteUrl: string) => Promise<Download>> = {
  "leaflet-pdf": async (siteUrl) => ({
    body: await renderLeafletPdf({ siteUrl }),
    contentType: "application/pdf",
    fileName: "joined-up-record-leaflet.pdf",
  }),
  "excluded-information-pdf": async (siteUrl) => ({
    body: await renderExcludedInformationPdf({ siteUrl }),
    contentType: "application/pdf",
    fileName: "information-left-out.pdf",
  }),
  "excluded-information-csv": async () => ({
    body: Buffer.from(renderExcludedInformationCsv(), "utf8"),
    contentType: "text/csv; charset=utf-8",
    fileName: "information-left-out.csv",
  }),
};

// Rendered on first request and kept for the life of the process: the content
// is compiled into the build, so it cannot change until the next deployment.
const cache = new Map<string, Promise<Download>>();

/** A download rendered from the content source, made once per process and site address. */
export function getDownload(name: DownloadName): Promise<Download> {
  const siteUrl = getEnv().SITE_URL;
  const key = `${name}|${siteUrl}`;
  let download = cache.get(key);
  if (!download) {
    download = RENDERERS[name](siteUrl);
    // A failed render is not kept, so the next request tries again.
    download.catch(() => cache.delete(key));
    cache.set(key, download);
  }
  return download;
}

/** The HTTP response for a download, cacheable by browsers for a day. */
export async function downloadResponse(name: DownloadName): Promise<Response> {
  const download = await getDownload(name);
  return new Response(new Uint8Array(download.body), {
    headers: {
      "content-type": download.contentType,
      "content-length": String(download.body.length),
      "content-disposition": `inline; filename="${download.fileName}"`,
      "cache-control": "public, max-age=86400",
      "x-content-type-options": "nosniff",
    },
  });
}
