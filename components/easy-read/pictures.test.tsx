import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { CONTENT } from "@/lib/content/locales/en-easy";
import { EASY_READ_PICTURES, EasyReadPicture, easyReadPictureSvg, isEasyReadPictureName, type EasyReadPictureName } from "./pictures";

const NAMES = Object.keys(EASY_READ_PICTURES) as EasyReadPictureName[];

/** Every `picture` value anywhere in the Easy Read content, as the pages and PDFs will read it. */
function picturesIn(value: unknown, found: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return found;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) picturesIn(item, found, seen);
    return found;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === "picture") found.push(String(item));
    else picturesIn(item, found, seen);
  }
  return found;
}

describe("Easy Read pictures", () => {
  it.each(NAMES)("%s renders an SVG named by its text alternative", (name) => {
    const markup = renderToStaticMarkup(<EasyReadPicture name={name} />);
    const alt = EASY_READ_PICTURES[name];
    expect(alt.trim().length).toBeGreaterThan(3);
    expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 100 100"/);
    expect(markup).toContain('role="img"');
    expect(markup).toContain(`aria-label="${alt.replace(/'/g, "&#x27;")}"`);
    expect(markup).toContain(`<title>${alt.replace(/'/g, "&#x27;")}</title>`);
    // Drawn, not empty, and nothing loaded from elsewhere.
    expect(markup).toMatch(/<(path|rect|circle)\b/);
    expect(markup).not.toMatch(/href=|<image|url\(/);
  });

  it.each(NAMES)("%s is the same picture as an SVG string for the PDFs", (name) => {
    expect(easyReadPictureSvg(name)).toBe(renderToStaticMarkup(<EasyReadPicture name={name} />));
  });

  it("gives every picture a different text alternative", () => {
    expect(new Set(Object.values(EASY_READ_PICTURES)).size).toBe(NAMES.length);
  });

  it("knows its own names and no others", () => {
    expect(NAMES.every(isEasyReadPictureName)).toBe(true);
    expect(isEasyReadPictureName("toString")).toBe(false);
    expect(isEasyReadPictureName("no-such-picture")).toBe(false);
  });

  it("has every picture the Easy Read content names", () => {
    const named = picturesIn(CONTENT);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !isEasyReadPictureName(name))).toEqual([]);
  });

  it("has every picture named in the Easy Read source files", () => {
    // Catches a picture in content the index does not gather yet (or only builds in a function).
    const folder = path.resolve(import.meta.dirname, "../../lib/content/locales/en-easy");
    const named = readdirSync(folder)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...readFileSync(path.join(folder, file), "utf8").matchAll(/picture: "([^"]+)"/g)].map((match) => match[1] ?? ""));
    expect(named.filter((name) => !isEasyReadPictureName(name))).toEqual([]);
  });
});
