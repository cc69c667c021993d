import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

import { AppError } from "../errors";

// Where the register may send webhooks (docs/decisions/026). A webhook makes
// the register's servers call an address an admin typed: without checks that
// is server-side request forgery into the register's own network (its
// database, metadata services, admin ports). So: https only, no credentials in
// the URL, and no host that is or resolves to a loopback, private, link-local,
// shared, multicast or reserved address. Checked when the endpoint is
// registered and again at every delivery, against the addresses the
// connection actually uses (a DNS answer can change after registration).
// WEBHOOK_ALLOW_PRIVATE_ADDRESSES=on lifts the address rule for a local demo
// and the tests, which run their receiver on 127.0.0.1.

const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) FORBIDDEN.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], ["::1", 128], ["64:ff9b::", 96], ["64:ff9b:1::", 48], ["100::", 64], ["2001::", 23],
  ["2001:db8::", 32], ["2002::", 16], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
] as const) FORBIDDEN.addSubnet(network, prefix, "ipv6");

// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are refused whatever IPv4 address they carry: no
// legitimate receiver is published that way. A separate list, because BlockList also matches plain
// IPv4 addresses against an IPv6 rule for the mapped range.
const MAPPED = new BlockList();
MAPPED.addSubnet("::ffff:0:0", 96, "ipv6");
// IPv4-compatible IPv6 addresses (::a.b.c.d, deprecated): a host with an automatic tunnel routes them to IPv4.
MAPPED.addSubnet("::", 96, "ipv6");

/** Whether an IP address is one webhooks must never be sent to (unless private addresses are allowed). */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6 && MAPPED.check(address, "ipv6")) return true;
  return FORBIDDEN.check(address, family === 4 ? "ipv4" : "ipv6");
}

export type AddressPolicy = { allowPrivateAddresses: boolean };

const MAX_URL_LENGTH = 2000;

function invalid(message: string): AppError {
  return new AppError({ code: "VALIDATION_FAILED", message: `Webhook URL refused: ${message}`, userMessage: message, details: { fieldErrors: { url: [message] } } });
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Checks a webhook URL as typed (form, no network): an absolute https URL of at
 * most 2,000 characters, with a host name, no user name or password and no
 * fragment. Returns it normalised.
 */
export function parseEndpointUrl(text: string, policy: AddressPolicy): URL {
  const trimmed = text.trim();
  if (!trimmed) throw invalid("Enter the address the record service receives webhooks at, starting https://");
  if (trimmed.length > MAX_URL_LENGTH) throw invalid(`The address must be ${MAX_URL_LENGTH} characters or fewer`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw invalid("Enter a full address starting https://, for example https://records.example.nhs.uk/webhooks/consent");
  }
  if (url.protocol !== "https:") throw invalid("The address must start https:// (webhooks carry NHS numbers and are only sent encrypted)");
  if (url.username || url.password) throw invalid("The address must not contain a user name or password: the signature authenticates each delivery");
  if (url.hash) throw invalid("The address must not contain a # fragment");
  const host = hostOf(url);
  if (!host) throw invalid("The address must name a host");
  if (isIP(host) && !policy.allowPrivateAddresses && isForbiddenAddress(host)) {
    throw invalid("The address points at a private, loopback or reserved network address, which webhooks are never sent to");
  }
  if (!isIP(host) && !policy.allowPrivateAddresses && (host === "localhost" || host.endsWith(".localhost") || !host.includes("."))) {
    throw invalid("The address must use a public host name, not localhost or a single-label name");
  }
  return url;
}

/**
 * Resolves the URL's host and checks every address it has (at registration:
 * an address that fails now is refused now rather than at every delivery).
 */
export async function checkEndpointResolves(url: URL, policy: AddressPolicy): Promise<void> {
  const host = hostOf(url);
  if (isIP(host)) return;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw invalid(`The host ${host} could not be found: check the address`);
  }
  if (!policy.allowPrivateAddresses && addresses.some(({ address }) => isForbiddenAddress(address))) {
    throw invalid(`The host ${host} resolves to a private, loopback or reserved network address, which webhooks are never sent to`);
  }
}
