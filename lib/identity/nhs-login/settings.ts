import type { Env } from "../../env";
import { parseVtr } from "./vectors-of-trust";

/** NHS login as configured (lib/env.ts checked it at start-up), or null when the site has no NHS login. */
export type NhsLoginSettings = {
  issuer: string;
  clientId: string;
  /** PEM or JWK text; read by readRsaPrivateKey. */
  privateKey: string;
  redirectUri: string;
  vtr: string[];
  scope: string;
  /** The local development provider (http allowed; the callback follows the browser's loopback origin). */
  isLocal: boolean;
};

export function nhsLoginSettingsFrom(env: Env): NhsLoginSettings | null {
  if (!env.NHS_LOGIN_ISSUER || !env.NHS_LOGIN_CLIENT_ID || !env.NHS_LOGIN_PRIVATE_KEY || !env.NHS_LOGIN_REDIRECT_URI) return null;
  const vtr = parseVtr(env.NHS_LOGIN_VTR);
  if (!vtr.ok) return null;
  return {
    issuer: env.NHS_LOGIN_ISSUER,
    clientId: env.NHS_LOGIN_CLIENT_ID,
    privateKey: env.NHS_LOGIN_PRIVATE_KEY,
    redirectUri: env.NHS_LOGIN_REDIRECT_URI,
    vtr: vtr.vtr,
    scope: env.NHS_LOGIN_SCOPE,
    isLocal: env.NHS_LOGIN_LOCAL === "on" && env.LOCAL_DEMO === "on",
  };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The callback address for this sign-in. Production: the one registered.
 * The local provider registers both loopback names, and the browser must come
 * back to the origin it started on (its cookies are there), so a loopback
 * request origin on the same port is used instead.
 */
export function redirectUriFor(settings: NhsLoginSettings, requestOrigin: string | undefined): string {
  if (!settings.isLocal || !requestOrigin) return settings.redirectUri;
  try {
    const configured = new URL(settings.redirectUri);
    const origin = new URL(requestOrigin);
    if (LOOPBACK.has(origin.hostname) && origin.port === configured.port && origin.protocol === configured.protocol) {
      return `${origin.origin}${configured.pathname}`;
    }
  } catch {
    // fall through to the configured address
  }
  return settings.redirectUri;
}
