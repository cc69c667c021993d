// npm run audit:verify                               recompute the audit log's hash chain; exit 1 at the first broken link
// npm run audit:verify -- --expect-link SEQ:HASH      also require the link recorded earlier (a "Last good link" line kept outside the database)
import { parseArgs } from "node:util";
import pg from "pg";
import { describeAuditChainReport, parseRecordedLink, type RecordedLink, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { runWithDatabase } from "./support/run-script";

const { values } = parseArgs({ options: { "expect-link": { type: "string" } } });
let expectLink: RecordedLink | undefined;
try {
  expectLink = values["expect-link"] === undefined ? undefined : parseRecordedLink(values["expect-link"]);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

await runWithDatabase(async ({ url }) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const report = await verifyAuditChain(client, { expectLink });
    console.log(describeAuditChainReport(report));
    console.log(`Took ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    if (report.broken) process.exitCode = 1;
  } finally {
    await client.end();
  }
});
