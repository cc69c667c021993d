import type { NextConfig } from "next";

// NHS.UK frontend's stylesheet is compiled by scripts/copy-nhsuk-assets.ts,
// not by Next.js: see that script for why.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Browser tests and local development use 127.0.0.1 rather than localhost;
  // without this, `next dev` blocks its own hot-reload connection from it.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // forbidden(): staff pages and actions answer 403 for a role without the
    // permission (lib/staff/require-staff.ts).
    authInterrupts: true,
    // Proxies upload evidence (up to 10 MB) through a server action; the default limit is 1 MB.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
