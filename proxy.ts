import { type NextRequest, NextResponse } from "next/server";

import { requestTooLargeRedirect } from "@/lib/choice/request-too-large";
import { isResidentPath, splitLocale } from "@/lib/i18n/paths";
import { isServed } from "@/lib/i18n/published";
import { LOCALE_HEADER, PATH_HEADER } from "@/lib/i18n/request-headers";
import { buildContentSecurityPolicy, createNonce, setsOwnContentSecurityPolicy } from "@/lib/security/csp";
import { isHttpsSite, isNoStorePath, NO_STORE } from "@/lib/security/headers";
import { checkBodySize, checkOrigin } from "@/lib/security/request-guard";

// Runs before every page, server action and browser-facing route handler
// (not static files, not the bearer-key JSON API: see config.matcher).
// 1. Refuses state-changing requests from other sites (CSRF) and bodies over the limit, before anything reads them.
// 2. Takes a language prefix off the address (/bn/your-choice → /your-choice, ADR 030) and tells the
//    pages which locale was asked for; /en/... redirects to the unprefixed English address.
// 3. Gives each page a fresh CSP nonce: Next.js reads it from the request's CSP header and
//    puts it on its scripts; app/layout.tsx reads x-nonce for the NHS.UK scripts.
// The other security headers come from next.config.ts, for every response.
// The resident information pages run through here once per deployment: the site's own server keeps
// each and answers it with a fresh nonce in this same policy (lib/security/page-cache.ts, ADR 028).

function refuse(status: number, message: string): NextResponse {
  const body = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not accepted</title></head><body><h1>Not accepted</h1><p>${message}</p></body></html>`;
  return new NextResponse(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": NO_STORE,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      connection: "close",
    },
  });
}

export function proxy(request: NextRequest): NextResponse {
  const siteUrl = process.env.SITE_URL;
  const origin = checkOrigin(request.method, request.headers, siteUrl, request.url);
  if (!origin.ok) return refuse(origin.status, origin.message);
  const size = checkBodySize(request.method, request.headers);
  if (!size.ok) {
    // A journey question with a file answers with its own styled error (lib/choice/request-too-large.ts).
    const handBack = size.status === 413 ? requestTooLargeRedirect(request.nextUrl, request.headers) : null;
    if (handBack) return NextResponse.redirect(new URL(handBack, request.url), { status: 303, headers: { "cache-control": NO_STORE, connection: "close" } });
    return refuse(size.status, size.message);
  }

  // The language: only from the address, never from a header a client sent.
  // A prefix in front of an address with no page in that language (/bn/staff, or a language not
  // published) is left alone, so Next.js answers it with the not-found page.
  const split = splitLocale(request.nextUrl.pathname);
  const inLanguage = split.prefixed && isResidentPath(split.path) && isServed(split.locale);
  const { locale, path, prefixed } = inLanguage || !split.prefixed ? split : { locale: "en" as const, path: request.nextUrl.pathname, prefixed: false };
  if (request.nextUrl.pathname === "/en" || request.nextUrl.pathname.startsWith("/en/")) {
    const english = new URL(request.url);
    english.pathname = request.nextUrl.pathname.slice(3) || "/";
    return NextResponse.redirect(english, { status: 308 });
  }

  const nonce = createNonce();
  const isHttps = isHttpsSite(siteUrl) || request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const policy = buildContentSecurityPolicy({ nonce, isDevelopment: process.env.NODE_ENV === "development", isHttps });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(LOCALE_HEADER, locale);
  requestHeaders.set(PATH_HEADER, path);
  let response: NextResponse;
  if (prefixed) {
    const unprefixed = request.nextUrl.clone();
    unprefixed.pathname = path;
    response = NextResponse.rewrite(unprefixed, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  // Next.js keeps a header the proxy set over the route's own: a route with a stricter policy of its
  // own (the evidence download's sandbox) must not have it replaced by the page policy.
  if (!setsOwnContentSecurityPolicy(path)) response.headers.set("content-security-policy", policy);
  if (isNoStorePath(path)) response.headers.set("cache-control", NO_STORE);
  return response;
}

export const config = {
  matcher: [
    // Everything except static files (Next.js's own, NHS.UK's CSS/JS/images, the film); the
    // consent-check API, which answers record services holding a bearer key, not browsers with cookies;
    // and the legacy import upload, a route handler that streams up to 200 MB to disk and checks the
    // session, permission and Origin itself (app/(staff)/staff/imports/_lib/guard.ts): with proxy.ts in
    // front, Next.js would buffer its body in memory and cut it off at proxyClientMaxBodySize.
    "/((?!_next/static|_next/image|nhsuk/|film/|api/v1|fhir/|staff/imports/upload$|favicon\\.ico|robots\\.txt).*)",
  ],
};
