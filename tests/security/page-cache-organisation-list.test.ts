import { randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROUTES } from "@/lib/content/routes";
import { acquireEmbeddedServer, type EmbeddedServer } from "@/lib/database/embedded-server";
import { disconnectDb } from "@/lib/db";
import { setEnvVariable } from "@/lib/env";
import { listParticipatingOrganisations } from "@/lib/organisations/list-participating-organisations";
import { addOrganisation, endOrganisation } from "@/lib/organisations/manage-organisations";
import { createOrganisationListVersionReader, VERSION_READ_TIMEOUT_MS, type VersionReader } from "@/lib/organisations/organisation-list-version";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/csp";
import { SECURITY_HEADERS } from "@/lib/security/headers";
import { NOT_FOR_KEEPING } from "@/lib/security/information-pages";
import { createPageCache } from "@/lib/security/page-cache";
import { createSiteServer, SITE_SERVER_TIMEOUTS } from "@/lib/security/site-server";
import { STAFF } from "../support/factories";
import { scratchFolder, startScratchDatabase, stopScratchDatabase } from "../support/scratch-server";

// /when-it-starts kept in memory against a real PostgreSQL (ADR 028): the
// site's server with the real organisation list version reader, and a stand-in
// for Next.js that renders the page as app/(resident)/when-it-starts does, from
// listParticipatingOrganisations, saying the list is unavailable (and marking
// the rendering not for keeping) when it cannot be read. A server of the test's
// own, because one test stops it.

const scratch = scratchFolder("page-cache-organisations");
const PAGE = ROUTES.whenItStarts;

let started: Awaited<ReturnType<typeof startScratchDatabase>>;
let servers: EmbeddedServer[] = [];
let reader: VersionReader;
let site: http.Server;
let base: string;
let admin: pg.Client;
/** Every request the stand-in for Next.js rendered, in order. */
const renders: string[] = [];
const logs: string[] = [];

async function renderPage(): Promise<string> {
  try {
    const groups = await listParticipatingOrganisations();
    const names = groups.flatMap((g) => g.types.flatMap((t) => t.organisations.map((o) => `<li>${o.name}</li>`)));
    return `<ul>${names.join("")}</ul>`;
  } catch {
    return `<p data-page-cache="${NOT_FOR_KEEPING["data-page-cache"]}">The list is unavailable</p>`;
  }
}

beforeAll(async () => {
  started = await startScratchDatabase(scratch, "page_cache_organisations", 54388);
  servers = [started.server];
  // listParticipatingOrganisations (lib/db.ts) reads the scratch server, as the page reads DATABASE_URL.
  await disconnectDb();
  setEnvVariable("DATABASE_URL", started.url);
  admin = new pg.Client({ connectionString: started.url });
  await admin.connect();
  reader = createOrganisationListVersionReader({ connectionString: started.url });
  const cache = createPageCache({ versions: { "organisation-list": reader.read }, log: (message) => logs.push(message) });
  site = createSiteServer(
    async (request, response) => {
      const nonce = createNonce();
      renders.push(request.url ?? "");
      const body = `<!DOCTYPE html><html lang="en-GB"><body><script nonce="${nonce}">1</script>${await renderPage()}</body></html>`;
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": buildContentSecurityPolicy({ nonce, isDevelopment: false, isHttps: false }),
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    },
    SITE_SERVER_TIMEOUTS,
    { metricsToken: undefined, pageCache: cache },
  );
  await new Promise<void>((resolve) => site.listen(0, resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => site?.close(resolve));
  await reader?.close();
  await admin?.end().catch(() => undefined);
  await disconnectDb();
  for (const server of servers.reverse()) await server.release();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const uniqueOds = () => `PC${randomInt(100_000, 999_999)}`;

/** The page as a visitor gets it, and whether it came from memory (nothing rendered for it). */
async function visit(): Promise<{ html: string; fromMemory: boolean }> {
  const before = renders.length;
  const response = await fetch(`${base}${PAGE}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  return { html, fromMemory: renders.length === before };
}

/** Visits until the page is answered from memory (the server keeps its own rendering in the background). */
async function untilFromMemory(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const { html, fromMemory } = await visit();
    if (fromMemory) return html;
    await sleep(10);
  }
  throw new Error(`${PAGE} was never answered from memory:\n${logs.join("\n")}`);
}

async function insertOrganisation(odsCode: string, name: string, client: pg.ClientBase = admin, updatedAt = "now()"): Promise<void> {
  await client.query(
    `INSERT INTO organisation (id, ods_code, name, type, borough, joined_on, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'GP_PRACTICE', 'ISLINGTON', DATE '2026-03-02', ${updatedAt})`,
    [odsCode, name],
  );
}

describe("/when-it-starts answered from memory while the organisation list is unchanged", () => {
  it("shows an organisation added (by staff, or by anyone with SQL) at the very next request, then answers from memory again", async () => {
    const kept = await untilFromMemory();
    const viaSql = `Sql Lane Surgery ${uniqueOds()}`;
    expect(kept).not.toContain(viaSql);
    await insertOrganisation(uniqueOds(), viaSql);
    const next = await visit();
    expect(next.fromMemory).toBe(false);
    expect(next.html).toContain(viaSql);
    expect(await untilFromMemory()).toContain(viaSql);

    const odsCode = uniqueOds();
    const byStaff = `Staff Added Surgery ${odsCode}`;
    await addOrganisation({ organisation: { name: byStaff, odsCode, type: "GP_PRACTICE", borough: "CAMDEN", joinedOn: "2026-04-01" }, by: STAFF });
    expect((await visit()).html).toContain(byStaff);
    expect(await untilFromMemory()).toContain(byStaff);
  });

  it("drops an organisation deleted, or ended by staff, at the very next request", async () => {
    const odsCode = uniqueOds();
    const name = `Soon Gone Surgery ${odsCode}`;
    await insertOrganisation(odsCode, name);
    expect(await untilFromMemory()).toContain(name);
    await admin.query("DELETE FROM organisation WHERE ods_code = $1", [odsCode]);
    expect((await visit()).html).not.toContain(name);
    expect(await untilFromMemory()).not.toContain(name);

    const endedCode = uniqueOds();
    const ended = `Ending Surgery ${endedCode}`;
    const id = await addOrganisation({ organisation: { name: ended, odsCode: endedCode, type: "HOSPICE", borough: "BARNET", joinedOn: "2026-04-01" }, by: STAFF });
    expect(await untilFromMemory()).toContain(ended);
    await endOrganisation({ id, leftOn: "2026-05-01", by: STAFF });
    expect((await visit()).html).not.toContain(ended);
  });

  it("sees changes a count and a latest updated_at would miss: a deletion and an insertion together, a rename by SQL", async () => {
    // Both rows carry the same, old, updated_at: the count and max(updated_at) stay as they were.
    const oldCode = uniqueOds();
    const oldName = `Swapped Out Surgery ${oldCode}`;
    await insertOrganisation(oldCode, oldName, admin, "TIMESTAMPTZ '2026-01-01 00:00:00Z'");
    expect(await untilFromMemory()).toContain(oldName);
    const newName = `Swapped In Surgery ${uniqueOds()}`;
    await admin.query("BEGIN");
    await admin.query("DELETE FROM organisation WHERE ods_code = $1", [oldCode]);
    await insertOrganisation(uniqueOds(), newName, admin, "TIMESTAMPTZ '2026-01-01 00:00:00Z'");
    await admin.query("COMMIT");
    const swapped = (await visit()).html;
    expect(swapped).toContain(newName);
    expect(swapped).not.toContain(oldName);

    expect(await untilFromMemory()).toContain(newName);
    const renamed = `Renamed Surgery ${uniqueOds()}`;
    await admin.query("UPDATE organisation SET name = $1 WHERE name = $2", [renamed, newName]);
    const after = (await visit()).html;
    expect(after).toContain(renamed);
    expect(after).not.toContain(newName);
  });

  it("is never answered from memory while the database is slow or stopped: the list is said to be unavailable", async () => {
    const odsCode = uniqueOds();
    const name = `Outage Surgery ${odsCode}`;
    await insertOrganisation(odsCode, name);
    expect(await untilFromMemory()).toContain(name);

    // Slow: the version row is locked, so its read waits, and gives up after the short timeout.
    const locker = new pg.Client({ connectionString: started.url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE organisation_list_version IN ACCESS EXCLUSIVE MODE");
    try {
      const startedAt = Date.now();
      const slow = await visit();
      expect(slow.fromMemory).toBe(false);
      // Rendered per request (the stand-in's own read does not touch the locked row), within about the timeout.
      expect(slow.html).toContain(name);
      expect(Date.now() - startedAt).toBeLessThan(VERSION_READ_TIMEOUT_MS + 2_000);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect(await untilFromMemory()).toContain(name);

    await admin.end();
    await stopScratchDatabase(started.server.dataDir, "fast");
    try {
      for (let i = 0; i < 3; i++) {
        const down = await visit();
        expect(down.fromMemory).toBe(false);
        expect(down.html).toContain("The list is unavailable");
        expect(down.html).not.toContain(name);
      }
      expect(logs.filter((line) => line.includes("cannot be read"))).toHaveLength(2);
    } finally {
      servers.push(await acquireEmbeddedServer(started.options));
    }
    // Back, and unchanged: answered from memory again, with the list.
    expect(await untilFromMemory()).toContain(name);
    admin = new pg.Client({ connectionString: started.url });
    await admin.connect();
  });

  it("gives a version that changes with the UTC day (the page says Joined or Joining against today)", async () => {
    let clock = Date.parse("2026-12-07T23:59:59.000Z");
    const dayReader = createOrganisationListVersionReader({ connectionString: started.url, now: () => clock });
    try {
      const today = await dayReader.read();
      expect(await dayReader.read()).toBe(today);
      clock = Date.parse("2026-12-08T00:00:00.000Z");
      expect(await dayReader.read()).not.toBe(today);
    } finally {
      await dayReader.close();
    }
  });
});
