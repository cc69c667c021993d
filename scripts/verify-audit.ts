// npm run audit:verify   recompute the audit log's hash chain; exit 1 at the first broken link
import pg from "pg";
import { describeAuditChainReport, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { runWithDatabase } from "./support/run-script";

await runWithDatabase(async ({ url }) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const report = await verifyAuditChain(client);
    console.log(describeAuditChainReport(report));
    console.log(`Took ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    if (report.broken) process.exitCode = 1;
  } finally {
    await client.end();
  }
});
