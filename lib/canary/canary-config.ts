import { z } from "zod";
import { getEnv } from "../env";

// The canary checker's configuration, validated when the site starts (and by
// npm run canary), with a message naming the variable that is wrong.

const schema = z.object({
  /** A key for an API client with both scopes, issued to the canary checker. Unset in local demo: it makes its own. */
  CANARY_API_KEY: z.string().trim().min(1).optional(),
  /** The site's own API mount; default this instance, http://127.0.0.1:PORT. */
  CANARY_SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The dedicated consent-check API; default http://127.0.0.1:API_PORT. In production: its load balancer. */
  CANARY_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  CANARY_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  /** off: this instance does not check on a schedule (npm run canary still does). */
  CANARY_CHECKER: z.enum(["on", "off"]).default("on"),
});

export type CanaryConfig = {
  apiKey?: string;
  siteUrl: string;
  apiUrl: string;
  intervalMs: number;
  isScheduled: boolean;
};

export function readCanaryConfig(source: NodeJS.ProcessEnv = process.env): CanaryConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration error: ${String(issue.path[0])}: ${issue.message}`);
  }
  const env = getEnv();
  const trim = (url: string) => url.replace(/\/+$/, "");
  return {
    apiKey: parsed.data.CANARY_API_KEY,
    siteUrl: trim(parsed.data.CANARY_SITE_URL ?? `http://127.0.0.1:${source.PORT ?? env.PORT}`),
    apiUrl: trim(parsed.data.CANARY_API_URL ?? `http://127.0.0.1:${source.API_PORT ?? env.API_PORT}`),
    intervalMs: parsed.data.CANARY_INTERVAL_SECONDS * 1000,
    isScheduled: parsed.data.CANARY_CHECKER === "on",
  };
}

/** For entry points: the configuration, or a message naming the bad variable and exit code 1. */
export function readCanaryConfigOrExit(): CanaryConfig {
  try {
    return readCanaryConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
