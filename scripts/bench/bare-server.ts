// The reference ceiling for bench:api: a bare Node http server doing the same
// indexed lookup with a pg prepared statement, and nothing else (no auth, no
// logging, no validation). Usage: tsx scripts/bench/bare-server.ts <port> <database url>
//
// GET /api/v1/consent/snapshot is the snapshot's reference (docs/decisions/022): the same REPEATABLE
// READ keyset read of every opted-out person, NDJSON through gzip into the socket with pipeline, and
// nothing else, so the bench can show what a Node process costs before any of the API's own code.
import http from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";

const [portArg, connectionString] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString, max: 10 });
const SNAPSHOT_BATCH = 1_000;

async function* snapshotLines(client: pg.PoolClient): AsyncGenerator<string> {
  const { rows: [position] } = await client.query<{ last_seq: string }>("SELECT last_seq::text FROM consent_change_counter WHERE id = 1");
  yield `${JSON.stringify({ seq: Number(position!.last_seq) })}\n`;
  let after = "";
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ nhs_number: string; decided_at: Date | null; channel: string | null }>({
      name: "snapshot",
      text: "SELECT nhs_number, decided_at, channel FROM person_consent WHERE status <> 'PARTICIPATING' AND nhs_number > $1 ORDER BY nhs_number LIMIT $2",
      values: [after, SNAPSHOT_BATCH],
    });
    let chunk = "";
    for (const row of rows) chunk += `${JSON.stringify({ nhsNumber: row.nhs_number, status: "opted-out", shareable: false, decidedAt: row.decided_at, source: row.channel })}\n`;
    count += rows.length;
    if (chunk) yield chunk;
    if (rows.length < SNAPSHOT_BATCH) break;
    after = rows.at(-1)!.nhs_number;
  }
  yield `${JSON.stringify({ complete: true, count })}\n`;
}

async function snapshot(response: http.ServerResponse): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    response.writeHead(200, { "content-type": "application/x-ndjson", "content-encoding": "gzip" });
    await pipeline(Readable.from(snapshotLines(client)), createGzip(), response);
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
}

http
  .createServer((request, response) => {
    if (request.url === "/api/v1/consent/snapshot") {
      snapshot(response).catch(() => response.destroy());
      return;
    }
    const nhsNumber = (request.url ?? "").slice("/api/v1/consent/".length);
    pool.query({ name: "one", text: "SELECT status, decided_at, channel FROM person_consent WHERE nhs_number = $1", values: [nhsNumber] }).then(
      (result) => {
        const row = result.rows[0];
        const body = JSON.stringify({ nhsNumber, status: row?.status === "OPTED_OUT" ? "opted-out" : "participating", shareable: row?.status !== "OPTED_OUT", decidedAt: row?.decided_at ?? null, source: row?.channel ?? null });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(body);
      },
      () => {
        response.writeHead(503);
        response.end();
      },
    );
  })
  .listen(Number(portArg));
