import { describe, expect, it } from "vitest";

import { isForbiddenAddress, parseEndpointUrl } from "./endpoint-address";

describe("addresses webhooks are never sent to", () => {
  it.each([
    "127.0.0.1", "10.0.0.5", "172.16.4.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1", "fc00::2", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "::169.254.169.254", "64:ff9b::a00:1", "ff02::1",
  ])("refuses %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "172.32.0.1", "81.2.69.160", "2a00:1450:4009:81f::200e", "2606:4700::1111"])("allows the public address %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it("treats anything that is not an IP address as forbidden", () => {
    expect(isForbiddenAddress("example.org")).toBe(true);
  });
});

describe("a webhook URL as typed", () => {
  const strict = { allowPrivateAddresses: false };

  it("accepts and normalises a public https address", () => {
    expect(parseEndpointUrl("  https://Records.Example.org/hooks/consent?x=1 ", strict).href).toBe("https://records.example.org/hooks/consent?x=1");
  });

  it.each([
    ["", /Enter the address/],
    ["ftp://records.example.org/", /https/],
    ["https://records.example.org/#part", /fragment/],
    ["https://192.168.0.10/hook", /private/],
    ["https://[fd12::1]/hook", /private/],
    ["https://intranet/hook", /public host name/],
    ["https://api.localhost/hook", /public host name/],
    [`https://records.example.org/${"a".repeat(2000)}`, /2000 characters/],
  ])("refuses %s", (url, message) => {
    expect(() => parseEndpointUrl(url, strict)).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(message) }));
  });

  it("allows loopback when the configuration allows private addresses (local demo, tests), still https only", () => {
    const local = { allowPrivateAddresses: true };
    expect(parseEndpointUrl("https://127.0.0.1:8443/hook", local).host).toBe("127.0.0.1:8443");
    expect(() => parseEndpointUrl("http://127.0.0.1:8443/hook", local)).toThrow();
  });
});
