import { randomInt } from "node:crypto";
import { createOTP } from "@better-auth/utils/otp";
import { afterEach, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { setEnvVariable } from "@/lib/env";
import { shouldUseSecureCookies, siteCookieOptions } from "@/lib/security/cookies";
import { createStaffMember } from "@/lib/staff/manage-staff";

// Cookie attributes (lib/security/cookies.ts): the rule for "production", and
// better-auth's staff cookies exactly as a deployment on https would set them.

describe("when cookies are Secure", () => {
  it("is whenever the site's address is https, and in production anywhere but this machine over http", () => {
    expect(shouldUseSecureCookies({ NODE_ENV: "production", SITE_URL: "https://optout.example.nhs.uk" })).toBe(true);
    expect(shouldUseSecureCookies({ NODE_ENV: "development", SITE_URL: "https://localhost:3000" })).toBe(true);
    // Misconfigured as http in production: still Secure, so browsers refuse to send the cookie over http.
    expect(shouldUseSecureCookies({ NODE_ENV: "production", SITE_URL: "http://optout.example.nhs.uk" })).toBe(true);
    // The browser tests' `next start` on http://127.0.0.1, and local development.
    expect(shouldUseSecureCookies({ NODE_ENV: "production", SITE_URL: "http://127.0.0.1:3100" })).toBe(false);
    expect(shouldUseSecureCookies({ NODE_ENV: "production", SITE_URL: "http://localhost:3000" })).toBe(false);
    expect(shouldUseSecureCookies({ NODE_ENV: "development", SITE_URL: "http://localhost:3000" })).toBe(false);
  });

  it("the site's own cookies are HttpOnly and SameSite=Lax always", () => {
    expect(siteCookieOptions({ NODE_ENV: "production", SITE_URL: "https://optout.example.nhs.uk" }, "/choice")).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/choice" });
    expect(siteCookieOptions({ NODE_ENV: "development", SITE_URL: "http://localhost:3000" })).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
  });
});

const holder = globalThis as unknown as { consentRegisterAuth?: unknown };
const originalSiteUrl = process.env.SITE_URL;

function useSiteUrl(url: string | undefined): void {
  setEnvVariable("SITE_URL", url ?? "http://localhost:3000");
  if (url === undefined) delete process.env.SITE_URL;
  holder.consentRegisterAuth = undefined; // better-auth reads its cookie settings once
}

afterEach(() => useSiteUrl(originalSiteUrl));

/** Signs a staff member in with password and authenticator code; every Set-Cookie header on the way. */
async function signInCollectingCookies(): Promise<string[]> {
  const email = `cookie-${randomInt(1e9)}@example.org`;
  const password = "correct-horse-battery-1";
  const secret = `test-secret-${randomInt(1e9)}-abcdefghijkl`;
  await createStaffMember({ email, name: "Cookie Test", role: "caseworker", password, totpSecret: secret, by: { kind: "SYSTEM", id: "test" } });
  const first = await getAuth().api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
  const setCookies = first.headers.getSetCookie();
  const cookie = setCookies.map((c) => c.split(";")[0]).join("; ");
  const code = await createOTP(secret, { digits: 6, period: 30 }).totp();
  const second = await getAuth().api.verifyTOTP({ body: { code }, headers: new Headers({ cookie }), returnHeaders: true });
  return [...setCookies, ...second.headers.getSetCookie()];
}

function attributes(setCookie: string): { name: string; value: string; flags: Map<string, string> } {
  const [pair, ...rest] = setCookie.split(";");
  const [name, ...value] = pair!.split("=");
  return { name: name!.trim(), value: value.join("="), flags: new Map(rest.map((r) => r.trim().split("=")).map(([k, v]) => [k!.toLowerCase(), v ?? ""])) };
}

describe("staff sign-in cookies (better-auth)", () => {
  it("on an https deployment: every cookie is __Secure-, Secure, HttpOnly, SameSite=Lax, host-only", async () => {
    useSiteUrl("https://optout.example.nhs.uk");
    const cookies = (await signInCollectingCookies()).map(attributes).filter((c) => c.value !== "");
    const names = cookies.map((c) => c.name);
    expect(names).toContain("__Secure-staff.two_factor");
    expect(names).toContain("__Secure-staff.session_token");
    for (const cookie of cookies) {
      expect(cookie.name, cookie.name).toMatch(/^__Secure-staff\./);
      expect(cookie.flags.has("secure"), `${cookie.name} Secure`).toBe(true);
      expect(cookie.flags.has("httponly"), `${cookie.name} HttpOnly`).toBe(true);
      expect(cookie.flags.get("samesite")?.toLowerCase(), `${cookie.name} SameSite`).toBe("lax");
      expect(cookie.flags.get("path"), `${cookie.name} Path`).toBe("/");
      expect(cookie.flags.has("domain"), `${cookie.name} has no Domain`).toBe(false);
    }
  });

  it("over http on this machine (the browser tests): HttpOnly and SameSite=Lax, not Secure", async () => {
    useSiteUrl("http://127.0.0.1:3100");
    const cookies = (await signInCollectingCookies()).map(attributes).filter((c) => c.value !== "");
    expect(cookies.map((c) => c.name)).toContain("staff.session_token");
    for (const cookie of cookies) {
      expect(cookie.flags.has("httponly"), `${cookie.name} HttpOnly`).toBe(true);
      expect(cookie.flags.get("samesite")?.toLowerCase(), `${cookie.name} SameSite`).toBe("lax");
      expect(cookie.flags.has("secure"), `${cookie.name} Secure`).toBe(false);
    }
  });
});
