import net from "node:net";

/** What came back on a raw socket: the parsed status line, headers and body, and whether the server closed it. */
export type RawAnswer = { status: number; headers: Record<string, string>; body: string; closed: boolean; elapsedMs: number };

/**
 * Writes bytes on a raw socket and reads whatever comes back until the server
 * closes it (or `waitMs` passes). For what an HTTP client library would hide:
 * malformed requests, slow senders, answers sent before a body is read.
 * Used by tests/security and e2e/security-headers.spec.ts.
 */
export function rawHttpRequest(target: { host: string; port: number }, text: string, waitMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(target.port, target.host);
    let received = "";
    let closed = false;
    const finish = () => {
      const [head = "", ...rest] = received.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers, body: rest.join("\r\n\r\n"), closed, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, waitMs);
    socket.on("data", (chunk) => (received += chunk.toString()));
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? undefined : reject(error)));
    socket.on("close", () => {
      closed = true;
      clearTimeout(timer);
      finish();
    });
    socket.write(text);
  });
}
