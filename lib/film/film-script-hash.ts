import { createHash } from "node:crypto";

import { FILM_CHAPTERS } from "../content/film";

/** Identifies the script a film was built from: it changes whenever lib/content/film.ts does. */
export function filmScriptHash(): string {
  return createHash("sha256").update(JSON.stringify(FILM_CHAPTERS)).digest("hex").slice(0, 16);
}
