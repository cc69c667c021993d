import { z } from "zod";

import { readRsaPrivateKey } from "./private-key";
import { DEFAULT_VTR, parseVtr } from "./vectors-of-trust";

// The NHS login variables of lib/env.ts, kept here beside the code that uses
// them. Unset: the site offers no NHS login, unless `npm start` runs the local
// provider (local demo only), which sets them for the site it starts.

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" });

export const NHS_LOGIN_ENV = {
  /** NHS login's issuer, e.g. https://auth.login.nhs.uk (integration: https://auth.sandpit.signin.nhs.uk). */
  NHS_LOGIN_ISSUER: httpUrl.optional(),
  /** The client id NHS login gave this service. */
  NHS_LOGIN_CLIENT_ID: z.string().trim().min(1).max(200).optional(),
  /** The client's RSA private key (PEM or JWK) that signs its RS512 client assertions. */
  NHS_LOGIN_PRIVATE_KEY: z
    .string()
    .superRefine((value, ctx) => {
      const read = readRsaPrivateKey(value);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.message });
    })
    .optional(),
  /** The callback address registered with NHS login: https://<site>/nhs-login/callback. */
  NHS_LOGIN_REDIRECT_URI: httpUrl.optional(),
  /** The vectors of trust asked for (JSON array); the ID token's vot must be one of them. */
  NHS_LOGIN_VTR: z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseVtr(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    })
    .default(JSON.stringify(DEFAULT_VTR)),
  /** Scopes asked for: NHS login's claim names come with profile, email and phone. */
  NHS_LOGIN_SCOPE: z.string().regex(/(^| )openid( |$)/, "must include openid").default("openid profile email phone"),
  /** "on" only when scripts/start.ts runs the local NHS login (local demo only). */
  NHS_LOGIN_LOCAL: z.enum(["on", "off"]).default("off"),
};

type NhsLoginEnv = {
  NHS_LOGIN_ISSUER?: string;
  NHS_LOGIN_CLIENT_ID?: string;
  NHS_LOGIN_PRIVATE_KEY?: string;
  NHS_LOGIN_REDIRECT_URI?: string;
  NHS_LOGIN_LOCAL: "on" | "off";
  LOCAL_DEMO: "on" | "off";
};

const REQUIRED = ["NHS_LOGIN_ISSUER", "NHS_LOGIN_CLIENT_ID", "NHS_LOGIN_PRIVATE_KEY", "NHS_LOGIN_REDIRECT_URI"] as const;

/** All four or none; https outside the local provider; the local provider only in local demo mode. */
export function checkNhsLoginEnv(env: NhsLoginEnv, ctx: z.RefinementCtx): void {
  const given = REQUIRED.filter((name) => env[name] !== undefined);
  if (given.length > 0 && given.length < REQUIRED.length) {
    for (const name of REQUIRED.filter((n) => env[n] === undefined)) {
      ctx.addIssue({ code: "custom", path: [name], message: `must be set with ${given.join(", ")} (NHS login needs all four)` });
    }
  }
  const isLocal = env.NHS_LOGIN_LOCAL === "on";
  if (isLocal && env.LOCAL_DEMO !== "on") {
    ctx.addIssue({ code: "custom", path: ["NHS_LOGIN_LOCAL"], message: "the local NHS login runs only in local demo mode (the embedded database)" });
  }
  for (const name of ["NHS_LOGIN_ISSUER", "NHS_LOGIN_REDIRECT_URI"] as const) {
    const value = env[name];
    if (value && !isLocal && new URL(value).protocol !== "https:") {
      ctx.addIssue({ code: "custom", path: [name], message: "must be an https:// address (http only for the local NHS login)" });
    }
  }
}
