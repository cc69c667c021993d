import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("allows private webhook addresses only in the local demo or in tests", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://register@db.internal:5432/register" };
    expect(() => parseEnv({ ...production, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "on" })).toThrow(/WEBHOOK_ALLOW_PRIVATE_ADDRESSES: may be on only in the local demo/);
    expect(parseEnv({ ...production, LOCAL_DEMO: "on", WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "on" }).WEBHOOK_ALLOW_PRIVATE_ADDRESSES).toBe("on");
    // The embedded database (no DATABASE_URL) is the local demo: npm start sets LOCAL_DEMO after reading this.
    expect(parseEnv({ NODE_ENV: "production", WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "on" }).WEBHOOK_ALLOW_PRIVATE_ADDRESSES).toBe("on");
    expect(parseEnv({ NODE_ENV: "test", WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "on" }).WEBHOOK_ALLOW_PRIVATE_ADDRESSES).toBe("on");
  });

  it("serves the pseudo-locale only in the local demo or in tests", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://register@db.internal:5432/register" };
    expect(() => parseEnv({ ...production, PSEUDO_LOCALE: "on" })).toThrow(/PSEUDO_LOCALE: may be on only in the local demo/);
    expect(parseEnv({ ...production, LOCAL_DEMO: "on", PSEUDO_LOCALE: "on" }).PSEUDO_LOCALE).toBe("on");
    expect(parseEnv(production).PSEUDO_LOCALE).toBe("off");
  });

  it("runs on defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_PG_DATABASE).toBe("consent_register");
    expect(env.PORT).toBe(3000);
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the bad variable and says what it must be", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(AppError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(expect.objectContaining({ code: "CONFIGURATION" }));
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL: must be a postgres:\/\//);
    expect(() => parseEnv({ PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => parseEnv({ EMBEDDED_PG_DATABASE: "Robert'); DROP" })).toThrowError(/EMBEDDED_PG_DATABASE/);
  });

  it("reads CONSENT_MAX_STALENESS as a duration, 2 s by default, and refuses one it cannot read", () => {
    expect(parseEnv({}).CONSENT_MAX_STALENESS).toBe(2_000);
    expect(parseEnv({ CONSENT_MAX_STALENESS: "500ms" }).CONSENT_MAX_STALENESS).toBe(500);
    expect(parseEnv({ CONSENT_MAX_STALENESS: "1.5s" }).CONSENT_MAX_STALENESS).toBe(1_500);
    expect(parseEnv({ CONSENT_MAX_STALENESS: "3" }).CONSENT_MAX_STALENESS).toBe(3_000);
    expect(() => parseEnv({ CONSENT_MAX_STALENESS: "two seconds" })).toThrowError(/CONSENT_MAX_STALENESS: must be a duration/);
    expect(() => parseEnv({ CONSENT_MAX_STALENESS: "10ms" })).toThrowError(/CONSENT_MAX_STALENESS: must be at least 100ms/);
    expect(() => parseEnv({ DATABASE_READ_URL: "mysql://x" })).toThrowError(/DATABASE_READ_URL: must be a postgres:\/\//);
  });

  it("reads STAFF_IDLE_MINUTES as whole minutes from 5 to 60, 30 by default, and refuses anything else by name", () => {
    expect(parseEnv({}).STAFF_IDLE_MINUTES).toBe(30);
    expect(parseEnv({ STAFF_IDLE_MINUTES: "15" }).STAFF_IDLE_MINUTES).toBe(15);
    expect(parseEnv({ STAFF_IDLE_MINUTES: " 5 " }).STAFF_IDLE_MINUTES).toBe(5);
    expect(parseEnv({ STAFF_IDLE_MINUTES: "60" }).STAFF_IDLE_MINUTES).toBe(60);
    for (const notWhole of ["15.5", "1e1", "-10", "thirty", "30m", "0x1e"]) {
      expect(() => parseEnv({ STAFF_IDLE_MINUTES: notWhole }), notWhole).toThrowError(/STAFF_IDLE_MINUTES: must be a whole number of minutes from 5 to 60, e\.g\. 30/);
    }
    expect(() => parseEnv({ STAFF_IDLE_MINUTES: "4" })).toThrowError(/STAFF_IDLE_MINUTES: must be at least 5 minutes/);
    expect(() => parseEnv({ STAFF_IDLE_MINUTES: "0" })).toThrowError(/STAFF_IDLE_MINUTES: must be at least 5 minutes/);
    expect(() => parseEnv({ STAFF_IDLE_MINUTES: "61" })).toThrowError(/STAFF_IDLE_MINUTES: must be at most 60 minutes/);
    expect(() => parseEnv({ STAFF_IDLE_MINUTES: "600" })).toThrowError(/STAFF_IDLE_MINUTES: must be at most 60 minutes/);
    // Empty is unset, as for every variable.
    expect(parseEnv({ STAFF_IDLE_MINUTES: "" }).STAFF_IDLE_MINUTES).toBe(30);
  });
});
