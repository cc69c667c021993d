import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { rootCertificates } from "node:tls";

import { type AddressPolicy, isForbiddenAddress } from "./endpoint-address";

export type PostOptions = AddressPolicy & {
  /** The whole call, connection to last byte of the answer. */
  timeoutMs: number;
  /** Extra certificate authorities to trust (tests, a private CA); the system's are trusted as well. */
  ca?: string | Buffer;
};

export type PostResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/** The most of an answer read (and then thrown away): receivers are expected to answer briefly. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * A DNS lookup that refuses forbidden addresses: the check is made on the
 * addresses the socket then connects to, so a host that resolved to a public
 * address at registration cannot be pointed at the register's own network
 * later (DNS rebinding).
 */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, options.all ? [] : "", undefined);
      const allowed = policy.allowPrivateAddresses ? addresses : addresses.filter(({ address }) => !isForbiddenAddress(address));
      if (allowed.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves only to private, loopback or reserved addresses`), { code: "EWEBHOOKADDRESS" });
        return callback(refused, options.all ? [] : "", undefined);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/**
 * POSTs one signed delivery. Any 2xx answer is success; anything else,
 * including a redirect (never followed), a timeout or a refused address, is a
 * failure with a short reason for the admins' view.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostResult> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
    if (isIP(host) && !options.allowPrivateAddresses && isForbiddenAddress(host)) {
      resolve({ ok: false, statusCode: null, error: `${host} is a private, loopback or reserved address` });
      return;
    }
    let isSettled = false;
    const settle = (result: PostResult) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "nl-consent-register-webhooks/1" },
        lookup: guardedLookup(options),
        // The system's authorities plus any extra one given.
        ...(options.ca ? { ca: [...rootCertificates, options.ca.toString()] } : {}),
      },
      (res) => {
        let received = 0;
        res.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_ANSWER_BYTES) res.destroy();
        });
        const done = () => {
          const statusCode = res.statusCode ?? 0;
          if (statusCode >= 200 && statusCode < 300) settle({ ok: true, statusCode });
          else settle({ ok: false, statusCode, error: `Answered ${statusCode}${statusCode >= 300 && statusCode < 400 ? " (redirects are not followed)" : ""}` });
        };
        res.on("end", done);
        res.on("close", done);
        res.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      settle({ ok: false, statusCode: null, error: `No answer within ${options.timeoutMs / 1000} s` });
      req.destroy();
    }, options.timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => settle({ ok: false, statusCode: null, error: error.message || error.code || "Connection failed" }));
    req.end(body);
  });
}
