// The reference ceiling for bench:api: a bare Node http server doing the same
// indexed lookup with a pg prepared statement, and nothing else (no auth, no
// logging, no validation). Usage: tsx scripts/bench/bare-server.ts <port> <database url>
import http from "node:http";
import pg from "pg";

const [portArg, connectionString] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString, max: 10 });
http
  .createServer((request, response) => {
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
