import { z } from "zod";

import { checkStaffSsoEnv, STAFF_SSO_ENV } from "./auth/sso/env-schema";
import { checkNhsLoginEnv, NHS_LOGIN_ENV } from "./identity/nhs-login/env-schema";
import { AppError, isAppError } from "./errors";

// One schema for every variable the site and its scripts read. Each has a safe
// local default, so a fresh clone runs with none set; production sets them.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * A PostgreSQL streaming replica of DATABASE_URL for the consent check's reads (single, batch,
   * FHIR, feed, snapshot), used only while its data is within CONSENT_MAX_STALENESS (docs/decisions/027).
   */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
  /** How old the replica's data may be before reads go to the primary instead: "2s" (default), "500ms", or seconds. */
  CONSENT_MAX_STALENESS: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?\s*(ms|s)?$/, 'must be a duration such as "2s", "500ms" or "2" (seconds)')
    .default("2s")
    .transform((value) => {
      const number = Number.parseFloat(value);
      return value.endsWith("ms") ? number : number * 1000;
    })
    .pipe(z.number().min(100, "must be at least 100ms").max(60_000, "must be at most 60s")),
  EMBEDDED_PG_DATABASE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/, "must be a lower-case PostgreSQL database name")
    .default("consent_register"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000).default(2_000),
  /** API calls with a bad key one address may make in 10 minutes before it is refused (429), shared by every instance. */
  API_FAILED_KEY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * The bearer token a Prometheus scraper sends to GET /metrics on the site and
   * the dedicated API server (docs/decisions/021). Unset: /metrics answers 404
   * on both, so metrics are never open by default.
   */
  METRICS_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters, e.g. `openssl rand -hex 32`")
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
    .optional(),

  // Resident information and email (docs/decisions/009 and 010).
  /** The site's public address, printed in the leaflet and used in emails. */
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" }).default("http://localhost:3000"),
  /** Where email is sent. Unset in development: scripts/start.ts runs a local capture server there. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@relay.example.org:587")
    .default("smtp://127.0.0.1:1025"),
  MAIL_FROM: z.string().min(3).default("North London joined-up care record <no-reply@example.org>"),
  /** The team's mailbox for call-back requests. The default is a reserved example domain, so nothing leaves by mistake. */
  TEAM_EMAIL: z.email("must be an email address").default("joined-up-record-team@example.org"),
  /** Set by scripts/start.ts when it runs the local SMTP capture server: captured mail is written here. */
  MAIL_CAPTURE_DIR: z.string().min(1).optional(),
  /** The port scripts/start.ts's capture server listens on (another free one is used if it is taken). */
  MAIL_CAPTURE_PORT: z.coerce.number().int().min(1024).max(65535).default(1025),
  /** "off" stops the outbox worker starting with the site (tests run their own). */
  EMAIL_OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
  /** Webhook deliveries (docs/decisions/026): off leaves delivering to tests or to another instance. */
  WEBHOOK_WORKER: z.enum(["on", "off"]).default("on"),
  /** on: webhook endpoints may be loopback or private addresses (a local demo, the tests). Never in production: it opens server-side request forgery. */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: z.enum(["on", "off"]).default("off"),
  /** Serves the pseudo-locale /en-xa/... for layout tests (lib/content/locales/pseudo.ts). */
  PSEUDO_LOCALE: z.enum(["on", "off"]).default("off"),
  /**
   * Proxies in front of the site that append the address they saw to
   * X-Forwarded-For (one load balancer: 1). 0, the default: nothing in front,
   * the connection's own address is the client's. An address a client writes
   * into the header itself is never believed (lib/security/client-address.ts,
   * docs/OPERATIONS.md "Load balancer and client addresses").
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * "on" only for the embedded development database, set by `npm start` and the
   * scripts when they start it: the demo staff accounts may exist and their
   * credentials are shown, and the development BETTER_AUTH_SECRET is accepted.
   * Never set it in production.
   */
  LOCAL_DEMO: z.enum(["on", "off"]).default("off"),
  /**
   * Where staff's legacy uploads wait between the dry run and the commit: with
   * several instances, a folder every instance mounts (docs/OPERATIONS.md,
   * "Running several instances"), so the instance that commits need not be the
   * one that took the file. An absolute path; .data/legacy-uploads if unset.
   */
  LEGACY_UPLOAD_FOLDER: z.string().refine((value) => value.startsWith("/"), "must be an absolute path").optional(),
  /** Call-back requests one address may make per hour (shared by every instance, in PostgreSQL). */
  CALLBACK_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(5),

  // Opt-out and opt-in journeys (docs/decisions/011): per hour, shared by every instance.
  /** Security codes one address may ask for. */
  CHOICE_CODE_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Security codes sent to one email address. */
  CHOICE_CODE_LIMIT_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(8),
  /** Choices one address may send. */
  CHOICE_SUBMIT_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Choices sent from one proved email address. */
  CHOICE_SUBMIT_LIMIT_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Choices sent online for one NHS number in 24 hours, by anyone (docs/decisions/015). */
  CHOICE_SUBMIT_LIMIT_PER_NHS_NUMBER_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(4),

  // Staff sign-in (docs/decisions/012-staff-sign-in.md).
  /** Signs staff sessions and encrypts TOTP secrets: at least 32 characters. The default works only against a local database. */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").default("dev-only-secret-change-me-in-production-0123456789"),
  /**
   * Minutes without a request before a staff session ends (lib/auth/idle-timeout.ts); the warning
   * comes two minutes before. Whole minutes from 5 to 60 (docs/OPERATIONS.md, "Staff idle limit").
   */
  STAFF_IDLE_MINUTES: z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number of minutes from 5 to 60, e.g. 30")
    .default("30")
    .transform(Number)
    .pipe(z.number().min(5, "must be at least 5 minutes (the warning comes 2 minutes before the end)").max(60, "must be at most 60 minutes")),

  // NHS login for residents (docs/decisions/016): all four or none; checked together below.
  ...NHS_LOGIN_ENV,

  // Staff single sign-on (docs/decisions/019): CIS2 or Entra ID; checked together below.
  ...STAFF_SSO_ENV,
}).superRefine((env, ctx) => {
  checkNhsLoginEnv(env, ctx);
  checkStaffSsoEnv(env, ctx);
  // Private webhook addresses open server-side request forgery into the register's own network: the
  // local demo and tests only (docs/decisions/026).
  // (No DATABASE_URL means the embedded database: npm start then sets LOCAL_DEMO=on itself.)
  const isLocal = env.LOCAL_DEMO === "on" || env.NODE_ENV === "test" || env.DATABASE_URL === undefined;
  if (env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "on" && !isLocal) {
    ctx.addIssue({
      code: "custom",
      path: ["WEBHOOK_ALLOW_PRIVATE_ADDRESSES"],
      message: "may be on only in the local demo (LOCAL_DEMO=on) or in tests: it lets webhooks reach the register's own network",
    });
  }
  if (env.PSEUDO_LOCALE === "on" && !isLocal) {
    ctx.addIssue({ code: "custom", path: ["PSEUDO_LOCALE"], message: "may be on only in the local demo (LOCAL_DEMO=on) or in tests: it serves made-up words to residents" });
  }
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as it does in shells and .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    const message = `Invalid environment configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example for every variable and its default.`;
    // For operators: the message names each bad variable (it never holds a value that could be a secret).
    throw new AppError({ code: "CONFIGURATION", message, userMessage: message, details: { issues } });
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For entry points: the configuration, or a message naming the bad variable and exit code 1. */
export function getEnvOrExit(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (isAppError(error) && error.code === "CONFIGURATION") {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Sets a variable for this process and what it starts (scripts that found their database). */
export function setEnvVariable(name: keyof Env, value: string): void {
  (process.env as Record<string, string>)[name] = value;
  cached = undefined;
}
