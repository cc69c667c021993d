import { afterEach, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";

describe("GET /api/health", () => {
  afterEach(async () => {
    await disconnectDb();
    setEnvVariable("DATABASE_URL", inject("databaseUrl"));
  });

  it("answers 200 with the database up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  it("answers 503 when the database cannot be reached", async () => {
    await disconnectDb();
    setEnvVariable("DATABASE_URL", "postgresql://postgres:x@127.0.0.1:1/nowhere");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { status: "down" } });
  });

  it("answers 503 when the database has no register schema", async () => {
    await disconnectDb();
    const url = new URL(inject("databaseUrl"));
    url.pathname = "/postgres"; // reachable, never migrated
    setEnvVariable("DATABASE_URL", url.toString());
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: { status: "not-migrated" } });
  });
});
