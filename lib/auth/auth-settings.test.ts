import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { DEV_AUTH_SECRET, getAuthSecret, isLocalDemo } from "./auth-settings";

const production = (extra: Record<string, string> = {}) => parseEnv({ NODE_ENV: "production", ...extra });

describe("isLocalDemo", () => {
  it("is true only when whoever started the embedded server says so (LOCAL_DEMO=on), or in tests", () => {
    expect(isLocalDemo(production({ DATABASE_URL: "postgresql://app@127.0.0.1:54329/consent_register", LOCAL_DEMO: "on" }))).toBe(true);
    expect(isLocalDemo(parseEnv({ NODE_ENV: "test" }))).toBe(true);
  });

  it("never guesses from the host name: a production database on localhost (a pooler beside the app) is not a demo", () => {
    for (const host of ["127.0.0.1", "localhost", "[::1]", "db.internal.example"]) {
      expect(isLocalDemo(production({ DATABASE_URL: `postgresql://app@${host}:6432/consent_register` })), host).toBe(false);
    }
  });

  it("so the development secret is refused there", () => {
    const env = production({ DATABASE_URL: "postgresql://app@localhost:6432/consent_register", BETTER_AUTH_SECRET: DEV_AUTH_SECRET });
    expect(() => getAuthSecret(env)).toThrow();
    expect(getAuthSecret({ ...env, LOCAL_DEMO: "on" })).toBe(DEV_AUTH_SECRET);
  });
});
