import { FILM_CHAPTERS, FILM_PAGE } from "../lib/content/film";
import { SITE_TITLE } from "../lib/content/site";
import { expect, test } from "./support/fixtures";

test("the film page plays the film with captions that load, chapters and a transcript", async ({ page, request, expectAccessible }) => {
  await page.goto("/film");
  await expect(page).toHaveTitle(`${FILM_PAGE.title} – ${SITE_TITLE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FILM_PAGE.title);

  const video = page.locator("video");
  await expect(video).toHaveAttribute("controls", "");
  expect(await video.evaluate((element: HTMLVideoElement) => element.autoplay)).toBe(false);

  // The English captions track is on by default on the English page and its cues load.
  const track = video.locator('track[kind="captions"][default]');
  await expect(track).toHaveAttribute("srclang", "en-GB");
  await expect
    .poll(() => track.evaluate((element: HTMLTrackElement) => element.readyState), { message: "captions track loaded" })
    .toBe(HTMLTrackElement_LOADED);
  const cueCount = await video.evaluate((element: HTMLVideoElement) => {
    const captions = Array.from(element.textTracks).find((t) => t.kind === "captions");
    return captions?.cues?.length ?? 0;
  });
  expect(cueCount).toBeGreaterThan(20);

  // The film itself is served and the browser can read how long it is.
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.duration || 0)).toBeGreaterThan(60);
  expect(await video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);

  const download = page.getByRole("link", { name: /Download the film \(MP4/ });
  const film = await request.head((await download.getAttribute("href"))!);
  expect(film.headers()["content-type"]).toBe("video/mp4");

  for (const chapter of FILM_CHAPTERS) {
    await expect(page.getByRole("heading", { level: 3, name: chapter.title })).toBeVisible();
  }
  await expect(page.getByText(FILM_CHAPTERS[0]!.slides[0]!.cues[0]!.text)).toBeVisible();
  await expectAccessible();
});

// HTMLTrackElement.LOADED, which is not defined in Node.
const HTMLTrackElement_LOADED = 2;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the transcript and download are still there", async ({ page, expectAccessible }) => {
    await page.goto("/film");
    await expect(page.getByRole("heading", { level: 2, name: FILM_PAGE.transcriptHeading })).toBeVisible();
    await expect(page.getByRole("link", { name: /Download the film/ }).first()).toBeVisible();
    await expectAccessible();
  });
});
