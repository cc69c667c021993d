import { describe, expect, it } from "vitest";

import { isBrowserNavigation } from "./browser-navigation";

const request = (headers: Record<string, string>) => new Headers(headers);

// What Chromium, Firefox and Safari send for each kind of request.
const NAVIGATION_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

describe("isBrowserNavigation", () => {
  it("is true for the browser opening a page: typed address, link, reload, form posted without JavaScript", () => {
    expect(isBrowserNavigation(request({ accept: NAVIGATION_ACCEPT, "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" }))).toBe(true);
  });

  it("is false for the client router's requests, which draw the 403 page themselves", () => {
    expect(isBrowserNavigation(request({ rsc: "1", accept: "*/*", "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isBrowserNavigation(request({ rsc: "1", "next-router-state-tree": "%5B%22%22%5D", accept: "text/x-component" }))).toBe(false);
    // Even if a browser sent it as a document, a router request is never answered with a redirect to HTML.
    expect(isBrowserNavigation(request({ rsc: "1", "sec-fetch-dest": "document", accept: NAVIGATION_ACCEPT }))).toBe(false);
  });

  it("is false for scripts and clients asking for data or a file", () => {
    expect(isBrowserNavigation(request({ accept: "application/json", "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isBrowserNavigation(request({ accept: "*/*" }))).toBe(false);
    expect(isBrowserNavigation(request({}))).toBe(false);
    expect(isBrowserNavigation(request({ accept: NAVIGATION_ACCEPT, "sec-fetch-dest": "iframe" }))).toBe(false);
  });

  it("falls back to what is asked for when an older browser does not say what the response is for", () => {
    expect(isBrowserNavigation(request({ accept: NAVIGATION_ACCEPT }))).toBe(true);
    expect(isBrowserNavigation(request({ accept: "application/json, text/html" }))).toBe(false);
  });
});
