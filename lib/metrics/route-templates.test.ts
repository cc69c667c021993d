import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../api/openapi/index";
import { API_ROUTE_TEMPLATES, API_SERVER_TEMPLATES, createRouteMatcher, createSiteRouteMatcher, OTHER_ROUTE, SITE_ROUTE_TEMPLATES } from "./route-templates";

// The route label's lists against what the servers really answer: every page and route handler
// under app/, every operation in the OpenAPI document. A new route without a template fails here,
// rather than being counted as "other" in production.

const APP = path.resolve(import.meta.dirname, "../../app");

/** Route templates of app/: route groups and private folders left out, [name] as :name; catch-alls apart. */
function appRoutes(): { templates: string[]; catchAlls: string[] } {
  const templates: string[] = [];
  const catchAlls: string[] = [];
  const walk = (folder: string, segments: string[]) => {
    for (const entry of readdirSync(folder)) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) {
        if (entry.startsWith("_")) continue;
        walk(full, entry.startsWith("(") ? segments : [...segments, entry]);
      } else if (entry === "page.tsx" || entry === "route.ts") {
        const template = `/${segments.map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")}`;
        (segments.some((s) => s.startsWith("[...")) ? catchAlls : templates).push(template);
      }
    }
  };
  walk(APP, []);
  return { templates, catchAlls };
}

/** A path a client could ask for under the template. */
function example(template: string): string {
  return template.replace(/:\w+/g, "9990000018").replace(/\*$/, "a/b.js");
}

describe("route templates", () => {
  it("count a page in another language under its English template, and nothing else", () => {
    const matchLocalised = createSiteRouteMatcher();
    expect(matchLocalised("/bn/your-choice")).toBe("/your-choice");
    expect(matchLocalised("/en-easy")).toBe("/");
    expect(matchLocalised("/tr/choice/opt-out/name")).toBe(createRouteMatcher(SITE_ROUTE_TEMPLATES)("/choice/opt-out/name"));
    expect(matchLocalised("/bn/staff/login")).toBe("other");
    expect(matchLocalised("/bn/api/health")).toBe("other");
  });

  const matchSite = createRouteMatcher(SITE_ROUTE_TEMPLATES);
  const matchApi = createRouteMatcher(API_SERVER_TEMPLATES);

  it("name every page and route handler of the site, and nothing that is not one", () => {
    const { templates, catchAlls } = appRoutes();
    expect(templates.length).toBeGreaterThan(50);
    for (const template of templates) expect(matchSite(example(template)), template).toBe(template);
    // The catch-alls are the API's two mounts, whose paths are the API's templates.
    expect(catchAlls.sort()).toEqual(["/api/v1/[...path]", "/fhir/[...path]"]);
    // Besides the pages: the API's paths, the site server's /metrics, and what Next.js and public/ serve.
    const notPages = new Set<string>([...API_ROUTE_TEMPLATES, "/metrics", "/favicon.ico", "/_next/image"]);
    const stale = SITE_ROUTE_TEMPLATES.filter((t) => !t.includes("*") && !notPages.has(t) && !templates.includes(t));
    expect(stale, "templates for pages that no longer exist").toEqual([]);
  });

  it("name every operation in the OpenAPI document, on both servers", () => {
    const document = buildOpenApiDocument("https://register.example.org") as { paths: Record<string, unknown> };
    const paths = Object.keys(document.paths).map((p) => p.replace(/\{(\w+)\}/g, ":$1"));
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const template of paths) {
      expect(matchApi(example(template)), template).not.toBe(OTHER_ROUTE);
      expect(matchSite(example(template)), template).not.toBe(OTHER_ROUTE);
    }
  });

  it("prefer a literal segment to a parameter, and a whole template to a folder", () => {
    expect(matchApi("/api/v1/consent/check")).toBe("/api/v1/consent/check");
    expect(matchApi("/api/v1/consent/changes")).toBe("/api/v1/consent/changes");
    expect(matchApi("/api/v1/consent/9990000018")).toBe("/api/v1/consent/:nhsNumber");
    expect(matchSite("/film")).toBe("/film");
    expect(matchSite("/film/joined-up-record-film.mp4")).toBe("/film/*");
    expect(matchSite("/_next/static/chunks/app.js")).toBe("/_next/static/*");
    expect(matchSite("/_next/data/x.json")).toBe("/_next/*");
    expect(matchSite("/")).toBe("/");
  });

  it("answer 'other' for anything else, so a client cannot mint a label", () => {
    for (const odd of ["/9990000018", "/api/v1/consent/", "/api/v1/consent/9990000018/", "//", "/staff/people/a/b", "/_next", "/film/", "/%2e%2e/etc/passwd", ""]) {
      expect(matchSite(odd), odd).toBe(OTHER_ROUTE);
    }
    expect(matchApi("/staff/people/9990000018")).toBe(OTHER_ROUTE);
  });
});
