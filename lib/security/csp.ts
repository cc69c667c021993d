// The Content-Security-Policy for every HTML page (docs/ARCHITECTURE.md,
// "Security headers"). proxy.ts makes a fresh nonce per request; Next.js reads
// it back from the request's CSP header and puts it on its own scripts, and
// app/layout.tsx puts it on the two NHS.UK frontend scripts.
// No third-party origin appears anywhere: everything is served by the site.

import { AppError } from "../errors";

export type CspOptions = {
  /** A fresh, unguessable value for this response only (createNonce). */
  nonce: string;
  /** `next dev` needs 'unsafe-eval' (React rebuilds server error stacks with eval); never in production. */
  isDevelopment: boolean;
  /** The site is reached over https: ask browsers to upgrade any http:// subresource. */
  isHttps: boolean;
};

const NONCE_PATTERN = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/** 128 random bits, base64: a new one for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export function buildContentSecurityPolicy({ nonce, isDevelopment, isHttps }: CspOptions): string {
  // A nonce goes inside a header and an HTML attribute: refuse anything that could break out of either.
  if (!NONCE_PATTERN.test(nonce)) throw new AppError({ code: "INTERNAL", message: "A CSP nonce must be base64 of at least 12 random bytes." });
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts the nonced ones load (Next.js chunks, the NHS.UK module) are trusted;
    // host allow-lists are then ignored by browsers that understand it, 'self' stays for older ones.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // Styles: the site's own stylesheet, and any <style> Next.js emits (it carries the nonce). No 'unsafe-inline':
    // style="" attributes in server-rendered HTML are refused, so components use classes.
    // Under `next dev` only, its error overlay injects <style> without a nonce: 'unsafe-inline' there (browsers
    // ignore it whenever a nonce is listed, so the nonce is left out). The browser tests run a production build.
    ["style-src", "'self'", ...(isDevelopment ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    // data: for the authenticator QR code on staff enrolment (an SVG data URI made on the server,
    // app/(staff)/staff/enrol/actions.ts). An image cannot run script.
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // The explainer film and its captions.
    ["media-src", "'self'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'none'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  const policy = directives.map((d) => d.join(" "));
  if (isHttps) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** For responses that are never pages (the JSON and FHIR API, downloads): nothing may load or frame them. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Route handlers that answer with a stricter policy of their own: files from
 * the public served as downloads (the proxy evidence, `sandbox`). proxy.ts
 * leaves their Content-Security-Policy alone, because Next.js would otherwise
 * keep the proxy's page policy and drop the route's.
 */
const OWN_POLICY_PATHS: readonly RegExp[] = [/^\/staff\/review\/[^/]+\/evidence\/?$/];

export function setsOwnContentSecurityPolicy(pathname: string): boolean {
  return OWN_POLICY_PATHS.some((pattern) => pattern.test(pathname));
}

/** Parses a policy into directive → sources (for tests and checks). */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
