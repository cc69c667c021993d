import { afterEach, describe, expect, it } from "vitest";

import { parseEnv, setEnvVariable } from "@/lib/env";
import { appendForwardedFor, clientAddressFrom } from "@/lib/security/client-address";

// Issue #12 finding 6: with nothing in front of the site, a client's own X-Forwarded-For used to be believed.
// The site's server (lib/security/site-server.ts) appends the connection's address, as a proxy does, and the
// client's address is TRUSTED_PROXY_HOPS entries left of that.

/** The headers the site's handlers see: what the client sent, plus the connection's address appended by the server. */
const received = (sent: string | undefined, connection: string) => new Headers({ "x-forwarded-for": appendForwardedFor(sent, connection) });

describe("the client's address", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
    setEnvVariable("TRUSTED_PROXY_HOPS", "0");
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it("defaults to no trusted proxy: nothing in front of the site unless an operator says so", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
  });

  it("with no proxy, is the connection's own address, whatever the client writes into X-Forwarded-For", () => {
    expect(clientAddressFrom(received("203.0.113.99", "198.51.100.7"))).toBe("198.51.100.7");
    expect(clientAddressFrom(received("203.0.113.99, 10.0.0.1", "198.51.100.7"))).toBe("198.51.100.7");
    expect(clientAddressFrom(received(undefined, "198.51.100.7"))).toBe("198.51.100.7");
    // X-Real-IP is as easy to forge and is never read.
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "203.0.113.5" }))).toBe("198.51.100.7");
  });

  it("takes the address the trusted proxy saw, never one the client wrote into X-Forwarded-For", () => {
    // A client sends a made-up address; the load balancer appends the real one; the site appends the load balancer's.
    expect(clientAddressFrom(received("203.0.113.99, 198.51.100.7", "10.0.0.1"), 1)).toBe("198.51.100.7");
    // Behind a CDN and a load balancer, the CDN's entry is the client's.
    expect(clientAddressFrom(received("203.0.113.99, 198.51.100.7, 10.0.0.9", "10.0.0.1"), 2)).toBe("198.51.100.7");
    // Fewer entries than proxies: the request went round them, so no entry is believed.
    expect(clientAddressFrom(received(undefined, "198.51.100.7"), 1)).toBe("unknown");
  });

  it("reads the number of trusted proxies from TRUSTED_PROXY_HOPS", () => {
    const headers = received("203.0.113.99, 198.51.100.7", "10.0.0.1");
    expect(clientAddressFrom(headers)).toBe("10.0.0.1");
    setEnvVariable("TRUSTED_PROXY_HOPS", "1");
    expect(clientAddressFrom(headers)).toBe("198.51.100.7");
  });
});
