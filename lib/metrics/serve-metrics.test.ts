import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { isMetricsTokenMatch, serveMetrics } from "./serve-metrics";

const TOKEN = "a".repeat(16) + "b".repeat(16) + "c".repeat(8);

describe("serveMetrics", () => {
  it("is switched off (404) without a configured token, whatever is sent", async () => {
    for (const token of [undefined, ""]) {
      const answer = await serveMetrics({ method: "GET", authorization: `Bearer ${TOKEN}`, token });
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain("consent_register_");
    }
  });

  it("answers only GET and HEAD", async () => {
    const answer = await serveMetrics({ method: "POST", authorization: `Bearer ${TOKEN}`, token: TOKEN });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
  });

  it("refuses every token but the configured one", async () => {
    for (const authorization of [undefined, "", "Bearer", `Bearer ${TOKEN} extra`, `Token ${TOKEN}`, `Bearer ${TOKEN.slice(1)}`, `Bearer ${TOKEN}a`]) {
      expect((await serveMetrics({ method: "GET", authorization, token: TOKEN })).status, String(authorization)).toBe(401);
    }
    expect((await serveMetrics({ method: "GET", authorization: `bearer ${TOKEN}`, token: TOKEN })).status).toBe(200);
  });

  it("still answers when the database read throws", async () => {
    const answer = await serveMetrics({ method: "GET", authorization: `Bearer ${TOKEN}`, token: TOKEN, refresh: () => Promise.reject(new Error("down")) });
    expect(answer.status).toBe(200);
  });
});

describe("isMetricsTokenMatch", () => {
  it("matches only the same token, of any length", () => {
    expect(isMetricsTokenMatch(TOKEN, TOKEN)).toBe(true);
    expect(isMetricsTokenMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(isMetricsTokenMatch("", TOKEN)).toBe(false);
    expect(isMetricsTokenMatch(`${TOKEN}x`, TOKEN)).toBe(false);
  });
});

describe("METRICS_TOKEN", () => {
  it("is optional, and refused when short or with spaces", () => {
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ METRICS_TOKEN: TOKEN }).METRICS_TOKEN).toBe(TOKEN);
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 32 characters/);
    expect(() => parseEnv({ METRICS_TOKEN: `${TOKEN} ${TOKEN}` })).toThrow(/METRICS_TOKEN: must be printable ASCII/);
  });
});
