import { Readable } from "node:stream";
import { clientAddressFrom } from "../security/client-address";
import { MAX_BODY_BYTES } from "../validation/consent-api";
import type { ApiRequest, ConsentApiHandler } from "./consent-api";

// Mounts the consent-check API in a framework that speaks Web Request and
// Response (the Next.js route handlers in app/api/v1 and app/fhir).

async function readLimited(request: Request): Promise<Buffer | "too-large"> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return "too-large";
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function handleWebRequest(handle: ConsentApiHandler, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const apiRequest: ApiRequest = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    // Accept-Encoding is hidden from the handler, so the snapshot is sent uncompressed here: Next.js 16
    // drops a route handler's Content-Encoding header (next/dist/server/send-response.js,
    // FORBIDDEN_HEADERS) but sends its bytes as they are, so a gzip body would reach the caller
    // unlabelled. The dedicated server gzips (docs/decisions/022).
    header: (name) => (name.toLowerCase() === "accept-encoding" ? undefined : (request.headers.get(name) ?? undefined)),
    readBody: () => readLimited(request),
    clientAddress: clientAddressFrom(request.headers),
  };
  const result = await handle(apiRequest);
  if (result.stream) {
    if (request.method === "HEAD") {
      result.stream.destroy();
      return new Response(null, { status: result.status, headers: result.headers });
    }
    // Readable.toWeb pulls as the consumer reads (backpressure); an error from the stream errors the
    // web stream, so the answer is aborted rather than ended; a consumer that cancels destroys it.
    const body = Readable.toWeb(result.stream) as ReadableStream<Uint8Array>;
    return new Response(body, { status: result.status, headers: result.headers });
  }
  // HEAD and 304 (Not Modified) carry no body: Response refuses one for 304.
  const hasNoBody = request.method === "HEAD" || result.status === 304;
  return new Response(hasNoBody ? null : result.body, { status: result.status, headers: result.headers });
}
