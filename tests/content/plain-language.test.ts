import { describe, expect, it } from "vitest";

import { ACCESSIBILITY_PAGE } from "@/lib/content/accessibility";
import { CONTACT_PAGE } from "@/lib/content/contact";
import { COOKIES_PAGE } from "@/lib/content/cookies";
import { FILM_CHAPTERS } from "@/lib/content/film";
import { GUIDE_PAGES } from "@/lib/content/guide";
import { PRIVACY_PAGE } from "@/lib/content/privacy";
import { inlineToPlainText, type ContentBlock, type InformationPage } from "@/lib/content/types";

// A check on the reading level the content aims at (about 9 to 11): short
// sentences. It cannot judge words, so people still review the content.

const PAGES: InformationPage[] = [...GUIDE_PAGES, CONTACT_PAGE, ACCESSIBILITY_PAGE, PRIVACY_PAGE, COOKIES_PAGE];
const MAX_WORDS_IN_A_SENTENCE = 30;
const MAX_AVERAGE_WORDS = 16;

function blockTexts(block: ContentBlock): string[] {
  switch (block.kind) {
    case "paragraph":
    case "inset":
      return [inlineToPlainText(block.text)];
    case "list":
      return block.items.map(inlineToPlainText);
    case "warning":
      return block.paragraphs.map(inlineToPlainText);
    case "definitions":
      return block.items.map((item) => item.text);
    default:
      return [];
  }
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

const words = (sentence: string) => sentence.split(/\s+/).length;

describe("resident content is written in short sentences", () => {
  it.each(PAGES.map((page) => [page.title, page] as const))("%s", (_title, page) => {
    const all = [page.lede ?? "", ...page.sections.flatMap((section) => section.blocks.flatMap(blockTexts))].flatMap(sentences);
    const long = all.filter((sentence) => words(sentence) > MAX_WORDS_IN_A_SENTENCE);
    expect(long).toEqual([]);
    const average = all.reduce((sum, sentence) => sum + words(sentence), 0) / all.length;
    expect(average).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });

  it("the film's narration too", () => {
    const all = FILM_CHAPTERS.flatMap((chapter) => chapter.slides.flatMap((slide) => slide.cues.flatMap((cue) => sentences(cue.text))));
    expect(all.filter((sentence) => words(sentence) > 20)).toEqual([]);
  });
});
