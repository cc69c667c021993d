import { readFileSync } from "node:fs";
import path from "node:path";

import { InvalidProgrammeConfigurationError, resolveProgrammeFacts, type ResolvedProgramme } from "./programme-schema";

// Node only (it reads a file): the build (next.config.ts), the start-up check
// (instrumentation.ts) and scripts call this. Pages read the result through
// lib/content/programme.ts, where the build has compiled it in.

/** The programme facts from PROGRAMME_FILE (a JSON file) and PROGRAMME_* variables, validated. */
export function loadProgrammeFacts(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): ResolvedProgramme {
  const fileName = env.PROGRAMME_FILE?.trim();
  if (!fileName) return resolveProgrammeFacts(env);
  const fullPath = path.resolve(cwd, fileName);
  let text: string;
  try {
    text = readFileSync(fullPath, "utf8");
  } catch (error) {
    throw new InvalidProgrammeConfigurationError([`PROGRAMME_FILE: cannot read ${fullPath} (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidProgrammeConfigurationError([`PROGRAMME_FILE: ${fullPath} is not valid JSON (${(error as Error).message})`]);
  }
  return resolveProgrammeFacts(env, { name: `PROGRAMME_FILE ${fullPath}`, json });
}

/** The compiled-in form that lib/content/programme.ts reads from PROGRAMME_FACTS_JSON. */
export function serialiseProgramme(resolved: ResolvedProgramme): string {
  return JSON.stringify(resolved);
}
