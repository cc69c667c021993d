import { expect, test } from "@playwright/test";
import { createApiKey } from "./support/api-key";

// The consent-check API as record services meet it: mounted in the site and
// served by the dedicated server that npm start runs beside it.

const DEDICATED_API = "http://127.0.0.1:3101";


test("the site and the dedicated server give the same answers", async ({ request }) => {
  const key = createApiKey("Browser test record service");
  const headers = { authorization: `Bearer ${key}` };
  const nhsNumber = "9990000018";
  for (const base of ["", DEDICATED_API]) {
    const single = await request.get(`${base}/api/v1/consent/${nhsNumber}`, { headers });
    expect(single.status(), base || "site").toBe(200);
    expect(await single.json()).toMatchObject({ nhsNumber, status: expect.stringMatching(/participating|opted-out/) });

    const batch = await request.post(`${base}/api/v1/consent/check`, { headers, data: { nhsNumbers: [nhsNumber, "123"] } });
    expect((await batch.json()).results.map((r: { status: string }) => r.status)[1]).toBe("invalid");

    const unauthenticated = await request.get(`${base}/api/v1/consent/${nhsNumber}`);
    expect(unauthenticated.status()).toBe(401);
    expect(unauthenticated.headers()["content-type"]).toMatch(/application\/problem\+json/);

    const metadata = await request.get(`${base}/fhir/metadata`);
    expect((await metadata.json()).resourceType).toBe("CapabilityStatement");
  }
  const health = await request.get(`${DEDICATED_API}/api/health`);
  expect(health.status()).toBe(200);
});

test("the change feed answers alike on both mounts: since=0, seq, ETag and 304, 410 for a cursor without the register's epoch, asOf", async ({ request }) => {
  const key = createApiKey("Browser test feed follower");
  const headers = { authorization: `Bearer ${key}` };
  for (const base of ["", DEDICATED_API]) {
    const what = base || "site";
    // The first page's changes never change, so its ETag holds while the register is written to.
    const first = await request.get(`${base}/api/v1/consent/changes?since=0&limit=2`, { headers });
    expect(first.status(), what).toBe(200);
    const page = await first.json();
    expect(page.changes.map((c: { seq: number }) => c.seq), what).toEqual([1, 2]);
    expect(page).toMatchObject({ hasMore: true, pollAfterSeconds: 0 });
    const etag = first.headers().etag!;
    expect(etag, what).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await request.get(`${base}/api/v1/consent/changes?since=0&limit=2`, { headers: { ...headers, "if-none-match": etag } });
    expect(again.status(), what).toBe(304);
    expect(again.headers().etag, what).toBe(etag);

    const v1 = Buffer.from("v1:1").toString("base64url");
    const gone = await request.get(`${base}/api/v1/consent/changes?since=${v1}`, { headers });
    expect(gone.status(), what).toBe(410);
    expect(gone.headers()["content-type"], what).toMatch(/application\/problem\+json/);
    expect((await gone.json()).type, what).toMatch(/\/problems\/feed-cursor-gone$/);

    const single = await (await request.get(`${base}/api/v1/consent/9990000018`, { headers })).json();
    expect(single.asOf, what).toEqual({ cursor: expect.any(String), seq: expect.any(Number) });
    const fromAsOf = await request.get(`${base}/api/v1/consent/changes?since=${single.asOf.cursor}`, { headers });
    expect(fromAsOf.status(), what).toBe(200);
  }
});
