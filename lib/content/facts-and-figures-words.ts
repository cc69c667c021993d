import type { SiteContent } from "./locales/site-content";

/** The facts and figures page's words in one language, with the language's number format (lib/content/locales). */
export type FiguresWords = SiteContent["factsAndFigures"] & { numberLocale: string };
