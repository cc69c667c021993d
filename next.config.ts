import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { loadProgrammeFacts, serialiseProgramme } from "./lib/content/load-programme-facts";
import { NON_DOCUMENT_CSP } from "./lib/security/csp";
import { NO_STORE, SECURITY_HEADERS } from "./lib/security/headers";

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

// NHS.UK frontend's stylesheet is compiled by scripts/copy-nhsuk-assets.ts,
// not by Next.js: see that script for why.
const nextConfig: NextConfig = {
  // No version banner: no X-Powered-By: Next.js.
  poweredByHeader: false,
  // The programme's facts (phone, address, lists...: lib/content/programme.ts), validated here and
  // compiled in, so server pages, browser code and PDFs all show the same. A bad value fails the
  // build with a message naming it; instrumentation.ts refuses to serve a build whose facts differ
  // from the configuration it starts with.
  env: { PROGRAMME_FACTS_JSON: serialiseProgramme(loadProgrammeFacts(process.env)) },
  // Browser tests and local development use 127.0.0.1 rather than localhost;
  // without this, `next dev` blocks its own hot-reload connection from it.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // forbidden(): staff pages and actions answer 403 for a role without the
    // permission (lib/staff/require-staff.ts).
    authInterrupts: true,
    // Proxies upload evidence (up to 10 MB) through a server action; the default limit is 1 MB.
    // This limit is global: every server action accepts up to 11 MB (proxy.ts refuses more with 413
    // before the action runs; lib/security/request-guard.ts MAX_FORM_BODY_BYTES is the same figure).
    serverActions: { bodySizeLimit: "11mb" },
    // With proxy.ts present Next.js buffers request bodies up to this size and silently cuts off the
    // rest (default 10 MB, which would truncate an 11 MB upload). Larger than the action limit, so an
    // over-long body without a length still fails the action's own check rather than arriving cut short.
    proxyClientMaxBodySize: "12mb",
  },
  // Every response, static files included (docs/ARCHITECTURE.md, "Security headers").
  // Pages get their nonce Content-Security-Policy from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: asList(SECURITY_HEADERS) },
      // The consent-check API and FHIR are data, never documents: nothing may load in or frame them.
      { source: "/api/v1/:path*", headers: asList({ "Content-Security-Policy": NON_DOCUMENT_CSP, "Cache-Control": NO_STORE }) },
      { source: "/fhir/:path*", headers: asList({ "Content-Security-Policy": NON_DOCUMENT_CSP, "Cache-Control": NO_STORE }) },
    ];
  },
};

// next-intl gives every component the request's locale (lib/i18n/request.ts, ADR 030).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
