import { z } from "zod";

import { readRsaPrivateKey } from "../../identity/nhs-login/private-key";
import { parseAcrValues, parseRoleMap } from "./role-mapping";

// The staff single sign-on variables of lib/env.ts (docs/decisions/019), kept
// beside the code that uses them. One configuration serves NHS CIS2
// Authentication and Microsoft Entra ID: they differ only in the values.
// Unset: no single sign-on, unless `npm start` runs the local provider (local
// demo only), which sets them for the site it starts.

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" });

export const STAFF_SSO_ENV = {
  /** The provider's issuer: CIS2's realm address, or https://login.microsoftonline.com/<tenant>/v2.0 for Entra ID. */
  STAFF_SSO_ISSUER: httpUrl.optional(),
  /** The client id the provider gave this service. */
  STAFF_SSO_CLIENT_ID: z.string().trim().min(1).max(200).optional(),
  /** Client authentication by secret (client_secret_post): this, or STAFF_SSO_PRIVATE_KEY, never both. */
  STAFF_SSO_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters (the secret the provider issued)").max(1000).optional(),
  /** Client authentication by private_key_jwt: an RSA private key (PEM or JWK). */
  STAFF_SSO_PRIVATE_KEY: z
    .string()
    .superRefine((value, ctx) => {
      const read = readRsaPrivateKey(value);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.message });
    })
    .optional(),
  /** The `kid` put on the client assertion (the key id registered with the provider). */
  STAFF_SSO_PRIVATE_KEY_ID: z.string().trim().min(1).max(200).optional(),
  /** The client assertion's algorithm. */
  STAFF_SSO_PRIVATE_KEY_ALG: z.enum(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"]).default("RS256"),
  /** The algorithm the provider signs ID tokens with (CIS2 and Entra ID: RS256). */
  STAFF_SSO_ID_TOKEN_ALG: z.enum(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]).default("RS256"),
  /** The callback registered with the provider: https://<site>/staff/sso/callback. */
  STAFF_SSO_REDIRECT_URI: httpUrl.optional(),
  /** Where the provider sends the browser after ending its session: https://<site>/staff/sign-in. */
  STAFF_SSO_POST_LOGOUT_REDIRECT_URI: httpUrl.optional(),
  /** Scopes asked for (CIS2: "openid profile email nationalrbacaccess"). */
  STAFF_SSO_SCOPE: z.string().regex(/(^| )openid( |$)/, "must include openid").default("openid profile email"),
  /** The claim that carries roles or groups: "roles" (Entra app roles), "groups", or a path into objects, e.g. "nhsid_nrbac_roles.role_code". */
  STAFF_SSO_ROLE_CLAIM: z.string().regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, "must be a claim name, or a dotted path such as nhsid_nrbac_roles.role_code").default("roles"),
  /** Where the role claim is read: the ID token, or the userinfo endpoint too (CIS2 gives its RBAC roles there). */
  STAFF_SSO_CLAIMS_SOURCE: z.enum(["id_token", "userinfo"]).default("id_token"),
  /** JSON: which claim values give which register role, e.g. {"caseworker":["Register.Caseworker"],"supervisor":[...],"admin":[...]}. */
  STAFF_SSO_ROLE_MAP: z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseRoleMap(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    })
    .optional(),
  /** Assurance, CIS2: the `acr` values accepted (comma-separated or a JSON array), also sent as acr_values. */
  STAFF_SSO_ACR_VALUES: z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseAcrValues(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    })
    .optional(),
  /** Assurance, Entra ID: "on" refuses a sign-in whose `amr` does not contain "mfa". */
  STAFF_SSO_REQUIRE_MFA_AMR: z.enum(["on", "off"]).default("off"),
  /** "on" only when scripts/start.ts runs the local OpenID provider (local demo only). */
  STAFF_SSO_LOCAL: z.enum(["on", "off"]).default("off"),
  /**
   * Break-glass: the register's own password and authenticator-code sign-in.
   * Unset: on in local demo mode (the demo accounts), off everywhere else.
   */
  STAFF_BREAK_GLASS: z.enum(["on", "off"]).optional(),
};

type StaffSsoEnv = {
  STAFF_SSO_ISSUER?: string;
  STAFF_SSO_CLIENT_ID?: string;
  STAFF_SSO_CLIENT_SECRET?: string;
  STAFF_SSO_PRIVATE_KEY?: string;
  STAFF_SSO_PRIVATE_KEY_ID?: string;
  STAFF_SSO_REDIRECT_URI?: string;
  STAFF_SSO_POST_LOGOUT_REDIRECT_URI?: string;
  STAFF_SSO_ROLE_MAP?: string;
  STAFF_SSO_ACR_VALUES?: string;
  STAFF_SSO_REQUIRE_MFA_AMR: "on" | "off";
  STAFF_SSO_LOCAL: "on" | "off";
  LOCAL_DEMO: "on" | "off";
};

const REQUIRED = ["STAFF_SSO_ISSUER", "STAFF_SSO_CLIENT_ID", "STAFF_SSO_REDIRECT_URI", "STAFF_SSO_ROLE_MAP"] as const;
const ALL = [...REQUIRED, "STAFF_SSO_CLIENT_SECRET", "STAFF_SSO_PRIVATE_KEY", "STAFF_SSO_PRIVATE_KEY_ID", "STAFF_SSO_POST_LOGOUT_REDIRECT_URI", "STAFF_SSO_ACR_VALUES"] as const;

/**
 * All or nothing; exactly one way for the client to authenticate; an
 * assurance requirement (no single sign-on that accepts a password alone);
 * https outside the local provider; the local provider only in local demo mode.
 */
export function checkStaffSsoEnv(env: StaffSsoEnv, ctx: z.RefinementCtx): void {
  const given = ALL.filter((name) => env[name] !== undefined);
  const isMfaRequired = env.STAFF_SSO_REQUIRE_MFA_AMR === "on";
  if (given.length === 0 && !isMfaRequired) return;
  for (const name of REQUIRED.filter((n) => env[n] === undefined)) {
    ctx.addIssue({ code: "custom", path: [name], message: `must be set for staff single sign-on (set with ${given.join(", ") || "STAFF_SSO_REQUIRE_MFA_AMR"})` });
  }
  const hasSecret = env.STAFF_SSO_CLIENT_SECRET !== undefined;
  const hasKey = env.STAFF_SSO_PRIVATE_KEY !== undefined;
  if (hasSecret === hasKey) {
    ctx.addIssue({
      code: "custom",
      path: [hasSecret ? "STAFF_SSO_PRIVATE_KEY" : "STAFF_SSO_CLIENT_SECRET"],
      message: hasSecret ? "set either STAFF_SSO_CLIENT_SECRET or STAFF_SSO_PRIVATE_KEY, not both" : "must be set, or STAFF_SSO_PRIVATE_KEY (the client must authenticate to the provider)",
    });
  }
  if (env.STAFF_SSO_PRIVATE_KEY_ID !== undefined && !hasKey) {
    ctx.addIssue({ code: "custom", path: ["STAFF_SSO_PRIVATE_KEY_ID"], message: "is the id of STAFF_SSO_PRIVATE_KEY, which is not set" });
  }
  if (env.STAFF_SSO_ACR_VALUES === undefined && !isMfaRequired) {
    ctx.addIssue({
      code: "custom",
      path: ["STAFF_SSO_ACR_VALUES"],
      message: "set the assurance required: STAFF_SSO_ACR_VALUES (CIS2, e.g. AAL3_ANY) or STAFF_SSO_REQUIRE_MFA_AMR=on (Entra ID)",
    });
  }
  const isLocal = env.STAFF_SSO_LOCAL === "on";
  if (isLocal && env.LOCAL_DEMO !== "on") {
    ctx.addIssue({ code: "custom", path: ["STAFF_SSO_LOCAL"], message: "the local OpenID provider runs only in local demo mode (the embedded database)" });
  }
  for (const name of ["STAFF_SSO_ISSUER", "STAFF_SSO_REDIRECT_URI", "STAFF_SSO_POST_LOGOUT_REDIRECT_URI"] as const) {
    const value = env[name];
    if (value && !isLocal && new URL(value).protocol !== "https:") {
      ctx.addIssue({ code: "custom", path: [name], message: "must be an https:// address (http only for the local OpenID provider)" });
    }
  }
}
