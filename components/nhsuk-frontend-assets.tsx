// NHS.UK frontend's stylesheet and JavaScript, served by the site itself from
// public/nhsuk/ (written by scripts/copy-nhsuk-assets.ts), never from a CDN.
// The JavaScript is an enhancement only: every page must work without it.

/** Compiled from app/styles/main.scss by scripts/copy-nhsuk-assets.ts. */
export const NHSUK_STYLESHEET_URL = "/nhsuk/main.css";
/** Matches $nhsuk-assets-path in app/styles/main.scss. */
export const NHSUK_ASSETS_URL = "/nhsuk/assets";
export const NHSUK_FRONTEND_SCRIPT_URL = "/nhsuk/nhsuk-frontend.min.js";

/**
 * Runs first thing in <body>, exactly as nhsuk-frontend 10.6.1's page template
 * does, so styles that depend on JavaScript apply before the page is painted.
 */
export const SUPPORT_CHECK_SCRIPT =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

const INIT_SCRIPT = `import { initAll } from "${NHSUK_FRONTEND_SCRIPT_URL}";\ninitAll();`;

export function NhsukStylesheet() {
  // A precedence makes React place the stylesheet in <head>, so the page is
  // styled on first paint with or without JavaScript.
  return <link rel="stylesheet" href={NHSUK_STYLESHEET_URL} precedence="default" />;
}

// Pages link to each other with plain <a> elements (full page loads), so
// initialising once per page load covers every component on the page.
// The nonce is the page's Content-Security-Policy nonce (proxy.ts): without it the browser refuses the script.
export function NhsukFrontendScripts({ nonce }: { nonce?: string }) {
  return <script type="module" nonce={nonce} dangerouslySetInnerHTML={{ __html: INIT_SCRIPT }} />;
}
