// npm run import:legacy -- --source caremyway|cidr FILE [--dry-run] [--by STAFF_ID] [--expect-sha256 HEX]
//                                                      [--rejected-csv OUT.csv] [--verbose]
// Checks a legacy opt-out extract and prints the full report of what importing
// it does; without --dry-run, then commits exactly that, in the same
// transaction. Exits non-zero when the file is refused.
import { importLegacy, parseImportLegacyArgs } from "./support/import-legacy-command";
import { runWithDatabase } from "./support/run-script";

const args = parseImportLegacyArgs(process.argv.slice(2));
if (!args) process.exit(2);
// Migrations first, like every script: a fresh checkout can import before its first npm start.
await runWithDatabase(() => importLegacy(args));
