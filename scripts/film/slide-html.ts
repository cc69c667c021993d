import type { FilmSlide } from "@/lib/content/film";
import { NHS_LOGO_PATH } from "@/components/nhs-logo";
import { ORGANISATION_NAME } from "@/lib/content/site";

// One slide of the film as a 1280×720 page in the site's NHS.UK colours and
// font, screenshotted by Chromium. Words come from lib/content/film.ts.

const escape = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export function slideHtml(options: {
  slide: FilmSlide;
  chapterTitle: string;
  chapterNumber: number;
  chapterCount: number;
  isTitleSlide: boolean;
}): string {
  const { slide, chapterTitle, chapterNumber, chapterCount, isTitleSlide } = options;
  const points = slide.points.map((point) => `<li>${escape(point)}</li>`).join("");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; padding: 0; }
  html, body { width: 1280px; height: 720px; overflow: hidden; }
  body { font-family: Arial, "Liberation Sans", sans-serif; color: #212b32; background: #f0f4f5; display: flex; flex-direction: column; }
  header { background: #005eb8; color: #fff; height: 96px; display: flex; align-items: center; padding: 0 64px; gap: 24px; }
  .org { font-size: 28px; font-weight: 700; }
  main { flex: 1; padding: 48px 64px 0; display: flex; flex-direction: column; }
  .chapter { font-size: 26px; color: #4c6272; margin-bottom: 12px; }
  h1 { font-size: ${isTitleSlide ? 68 : 58}px; line-height: 1.15; margin-bottom: 36px; color: ${isTitleSlide ? "#005eb8" : "#212b32"}; }
  ul { list-style: none; display: flex; flex-direction: ${isTitleSlide ? "row" : "column"}; flex-wrap: wrap; gap: ${isTitleSlide ? "16px" : "18px"}; }
  li { font-size: ${isTitleSlide ? 30 : 36}px; line-height: 1.3; ${isTitleSlide ? "background:#fff;border-left:8px solid #005eb8;padding:10px 20px;" : "padding-left: 44px; position: relative;"} }
  ${isTitleSlide ? "" : "li::before { content: ''; position: absolute; left: 4px; top: 13px; width: 20px; height: 20px; border-radius: 50%; background: #005eb8; }"}
  footer { height: 56px; background: #fff; border-top: 4px solid #005eb8; display: flex; align-items: center; justify-content: space-between; padding: 0 64px; font-size: 22px; color: #4c6272; }
</style></head><body>
  <header><svg class="logo" viewBox="0 0 200 80" width="110" height="44" aria-hidden="true"><path fill="#fff" d="${NHS_LOGO_PATH}"/></svg><span class="org">${escape(ORGANISATION_NAME)}</span></header>
  <main>
    <p class="chapter">${escape(`${chapterNumber} of ${chapterCount}: ${chapterTitle}`)}</p>
    <h1>${escape(slide.heading)}</h1>
    <ul>${points}</ul>
  </main>
  <footer><span>Your joined-up health and care record</span><span>Barnet · Camden · Enfield · Haringey · Islington</span></footer>
</body></html>`;
}
