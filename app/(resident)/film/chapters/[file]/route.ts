// GET /film/chapters/<locale>.vtt: the film's chapter titles in one language (lib/film/captions.ts), at the English chapters' times.
import { contentFor } from "@/lib/content/locales";
import { committedChaptersVtt, translatedChaptersVtt } from "@/lib/film/captions";
import { isLocale } from "@/lib/i18n/locales";
import { isPublished } from "@/lib/i18n/published";

const cache = new Map<string, string>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const locale = file.endsWith(".vtt") ? file.slice(0, -".vtt".length) : "";
  if (!isLocale(locale) || !isPublished(locale)) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  let vtt = cache.get(locale);
  if (vtt === undefined) {
    vtt = translatedChaptersVtt(contentFor(locale).film.FILM_CHAPTERS, committedChaptersVtt());
    cache.set(locale, vtt);
  }
  return new Response(vtt, {
    headers: { "content-type": "text/vtt; charset=utf-8", "cache-control": "public, max-age=3600", "content-disposition": `inline; filename="joined-up-record-film.chapters.${locale}.vtt"` },
  });
}
