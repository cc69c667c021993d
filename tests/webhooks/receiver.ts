import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

// A real HTTPS server that receives webhooks, as a record service would: a
// certificate made by openssl for 127.0.0.1, every request kept with its
// arrival time, and an answer chosen per request by the test.

export type Received = { at: number; headers: Record<string, string>; body: string; json: { type: string; timestamp: string; data: Record<string, unknown> & { nhsNumber: string; seq: number; cursor: string } } };

export type Receiver = {
  url: string;
  ca: string;
  received: Received[];
  /** The status to answer a request with (200 unless set). */
  answer: (request: Received) => number;
  close: () => Promise<void>;
};

export function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "webhook-cert-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
      "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    return { key: readFileSync(path.join(dir, "key.pem"), "utf8"), cert: readFileSync(path.join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startReceiver(certificate = makeCertificate()): Promise<Receiver> {
  const received: Received[] = [];
  const receiver: Receiver = { url: "", ca: certificate.cert, received, answer: () => 200, close: async () => {} };
  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      const request: Received = { at: Date.now(), headers, body, json: JSON.parse(body) };
      received.push(request);
      res.statusCode = receiver.answer(request);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/consent`;
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return receiver;
}
