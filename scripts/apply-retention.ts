// npm run retention:apply: one pass of the retention rules now (every running
// site also applies them hourly): call-back requests 12 months after they were
// made, sent email bodies after 30 days, expired unfinished journeys and
// expired staff sessions.
import { applyRetention } from "@/lib/retention/apply-retention";
import { runWithDatabase } from "./support/run-script";

await runWithDatabase(async () => {
  const report = await applyRetention();
  if (!report) {
    console.log("Another instance is applying retention right now; nothing was done here. Run this again in a minute if needed.");
    return;
  }
  console.log(
    `Deleted ${report.callbackRequests} call-back request(s), the bodies of ${report.emailBodies} sent email(s), ${report.expiredJourneys} expired journey(s) and ${report.expiredStaffSessions} expired staff session(s).`,
  );
});
