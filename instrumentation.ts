// Runs once when the Next.js server starts: refuse to serve with a bad
// configuration, and say which variable is wrong. Then start the email
// outbox worker, which sends queued email in the background, the retention
// timer and the canary checker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnvOrExit } = await import("./lib/env");
  const env = getEnvOrExit();
  // Staff sign-in: refuse the development BETTER_AUTH_SECRET against a non-local database (docs/decisions/012).
  const { getAuthSecretOrExit } = await import("./lib/auth/auth-settings");
  getAuthSecretOrExit(env);
  // Programme facts are compiled into the build (next.config.ts): refuse to serve ones that are
  // invalid now or differ from the configuration this server was started with.
  const { checkProgrammeFactsOrExit } = await import("./lib/content/check-programme-facts");
  checkProgrammeFactsOrExit();

  // --- Email outbox worker (docs/decisions/010) ---
  // Every instance runs one; claiming is safe across instances. Queued email
  // lives in the database, so a server stopped mid-send loses nothing: an
  // email it had claimed is sent again once its lease runs out.
  // EMAIL_OUTBOX_WORKER=off leaves sending to tests (or to another instance).
  if (env.EMAIL_OUTBOX_WORKER === "on" && env.DATABASE_URL) {
    const { startProcessOutboxWorker } = await import("./lib/email/outbox-worker");
    startProcessOutboxWorker({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  }

  // --- Webhook deliveries (docs/decisions/026): like the outbox, safe across instances ---
  if (env.WEBHOOK_WORKER === "on" && env.DATABASE_URL) {
    const { startProcessWebhookWorker } = await import("./lib/webhooks/webhook-worker");
    const { countWebhookOutcome } = await import("./lib/webhooks/measure-webhooks");
    startProcessWebhookWorker({ allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "on", onOutcome: countWebhookOutcome });
  }

  // --- Retention (lib/retention): what the privacy notice promises to delete, hourly ---
  if (env.DATABASE_URL) {
    const { startRetentionTimer } = await import("./lib/retention/apply-retention");
    startRetentionTimer();
  }

  // --- Canaries (lib/canary): every mount asked about the canary people, on a schedule ---
  // A bad CANARY_* value stops the site here, with the variable's name.
  if (env.DATABASE_URL) {
    const { readCanaryConfigOrExit } = await import("./lib/canary/canary-config");
    const config = readCanaryConfigOrExit();
    if (config.isScheduled) {
      const { startCanaryTimer } = await import("./lib/canary/canary-timer");
      startCanaryTimer(config);
    }
  }
}
