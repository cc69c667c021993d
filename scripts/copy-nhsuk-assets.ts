// Puts NHS.UK frontend's stylesheet, images and JavaScript into public/nhsuk/
// so the site serves them itself: residents' browsers must never fetch
// anything from a third-party origin (the shipped CSS loads fonts from
// assets.nhs.uk, so the stylesheet is compiled from Sass here instead).
//
// The stylesheet is compiled here rather than imported into app/layout.tsx
// because Turbopack's CSS parser rejects nhsuk-frontend 10.6.1's name-only
// `@container scroll-content` rule (vercel/next.js#98261). Browsers accept it.
//
// Usage: tsx scripts/copy-nhsuk-assets.ts
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_DIR = path.join(PROJECT_ROOT, "public", "nhsuk");
const STYLESHEET_SOURCE = path.join(PROJECT_ROOT, "app", "styles", "main.scss");
// Must match NHSUK_STYLESHEET_URL in components/nhsuk-frontend-assets.tsx.
const STYLESHEET_TARGET = path.join(TARGET_DIR, "main.css");

// Resolved through the package rather than a hard-coded node_modules path, so
// hoisted and nested installs both work.
const FRONTEND_PACKAGE_DIR = path.dirname(require.resolve("nhsuk-frontend/package.json"));
const FRONTEND_DIST = path.join(FRONTEND_PACKAGE_DIR, "dist", "nhsuk");
const SASS_LOAD_PATH = path.dirname(FRONTEND_PACKAGE_DIR);

const SCRIPT_FILES = ["nhsuk-frontend.min.js", "nhsuk-frontend.min.js.map"] as const;

async function compileStylesheet(): Promise<string> {
  let sass: typeof import("sass");
  try {
    sass = await import("sass");
  } catch {
    // sass is a development dependency; a production install may lack it but
    // still have the stylesheet from its build step.
    console.warn("sass is not installed: keeping the stylesheet compiled earlier.");
    return readFile(STYLESHEET_TARGET, "utf8").catch(() => {
      throw new Error(`sass is not installed and ${STYLESHEET_TARGET} does not exist: run this script where dev dependencies are installed.`);
    });
  }
  const { css } = sass.compile(STYLESHEET_SOURCE, {
    loadPaths: [SASS_LOAD_PATH],
    style: "compressed",
    // nhsuk-frontend's own deprecation notices are not ours to act on.
    quietDeps: true,
  });
  assertNoRemoteUrls(css);
  return css;
}

function assertNoRemoteUrls(css: string): void {
  const remote = css.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi);
  if (remote) {
    throw new Error(`The compiled stylesheet loads files from another origin: ${remote.join(", ")}`);
  }
}

async function copyNhsukAssets(): Promise<void> {
  const css = await compileStylesheet();

  // Start clean so an upgrade never leaves stale files from the old version.
  await rm(TARGET_DIR, { recursive: true, force: true });
  await mkdir(path.join(TARGET_DIR, "assets"), { recursive: true });

  await cp(path.join(FRONTEND_DIST, "assets", "images"), path.join(TARGET_DIR, "assets", "images"), {
    recursive: true,
  });
  await copyFile(path.join(FRONTEND_DIST, "assets", "manifest.json"), path.join(TARGET_DIR, "assets", "manifest.json"));
  for (const file of SCRIPT_FILES) {
    await copyFile(path.join(FRONTEND_DIST, file), path.join(TARGET_DIR, file));
  }
  await writeFile(STYLESHEET_TARGET, css);
}

await copyNhsukAssets();
console.log(`NHS.UK frontend assets ready in ${path.relative(PROJECT_ROOT, TARGET_DIR)}/`);
