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
