import { loadProgrammeFacts, serialiseProgramme } from "./load-programme-facts";
import { InvalidProgrammeConfigurationError } from "./programme-schema";

/**
 * The programme facts this build was compiled with (next.config.ts) against
 * the configuration the server starts with: the same, or a message saying
 * which to fix and exit code 1. Never serves residents contact details that
 * the operator did not configure.
 */
export function checkProgrammeFactsOrExit(env: Record<string, string | undefined> = process.env): void {
  let current: string;
  try {
    current = serialiseProgramme(loadProgrammeFacts(env));
  } catch (error) {
    if (error instanceof InvalidProgrammeConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Written out in full so Next.js compiles in the build's value.
  const built = process.env.PROGRAMME_FACTS_JSON;
  if (built !== undefined && built !== current) {
    console.error(
      "The programme facts (PROGRAMME_FILE and PROGRAMME_* variables) differ from the ones this build was made with.\n" +
        "Set the same values as at build time, or build again with the new ones (npm run build). See docs/OPERATIONS.md, \"Programme facts\".",
    );
    process.exit(1);
  }
}
