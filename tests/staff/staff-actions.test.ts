import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it, vi } from "vitest";

// Every staff server action is built with staffAction (app/(staff)/_lib/staff-action.ts),
// so none can skip the session and permission check, the zod parse, or the
// AppError mapping. This finds every actions.ts under app/(staff), imports it,
// and checks that each export carries the marker staffAction sets. Sign-in is
// the one exception: it runs before there is a session.

vi.mock("server-only", () => ({}));

const STAFF_APP = path.resolve(import.meta.dirname, "..", "..", "app", "(staff)");
const SIGN_IN_ACTIONS = path.join("staff", "sign-in", "actions.ts");
const STAFF_ACTION = Symbol.for("consent-register.staff-action");

function actionFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [path.relative(STAFF_APP, full)] : [];
  });
}

const files = actionFiles(STAFF_APP);

describe("staff server actions", () => {
  it("finds the staff action files (a moved folder must not make this pass by finding none)", () => {
    expect(files).toContain(SIGN_IN_ACTIONS);
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  for (const file of files.filter((f) => f !== SIGN_IN_ACTIONS)) {
    it(`${file}: every export is built with staffAction`, async () => {
      const exported = await import(path.join(STAFF_APP, file));
      const names = Object.keys(exported);
      expect(names.length, "exports something").toBeGreaterThan(0);
      for (const name of names) {
        const value = exported[name] as unknown;
        expect(typeof value, `${name} is a function`).toBe("function");
        expect(STAFF_ACTION in (value as object), `${name} in ${file} must be built with staffAction`).toBe(true);
      }
      // A "use server" file exports nothing but actions; no hand-written one slips in as a declaration.
      expect(readFileSync(path.join(STAFF_APP, file), "utf8")).not.toMatch(/^export\s+(async\s+)?function/m);
    });
  }

  it("the one exception, sign-in, exports only its two pre-session actions", async () => {
    const exported = await import(path.join(STAFF_APP, SIGN_IN_ACTIONS));
    expect(Object.keys(exported).sort()).toEqual(["signInAction", "verifyCodeAction"]);
  });
});
