import net from "node:net";

import { afterEach, describe, expect, inject, it } from "vitest";

import { createReplicaLagMonitor, type ReplicaLagMonitor } from "@/lib/database/replica-lag";

// DATABASE_READ_URL naming a server that is not a streaming standby of this
// primary (a restored copy, a logical replica, a standby promoted long ago)
// must never be read as "the promoted register" when the primary cannot be
// reached: it would miss every decision made since it left the primary, and
// answer "participating" for people who have opted out since (docs/decisions/027).

/** A port nothing listens on: the primary is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let monitor: ReplicaLagMonitor | undefined;
afterEach(async () => {
  await monitor?.close();
  monitor = undefined;
});

describe("a read database that was never seen streaming from the primary", () => {
  it("is not used when the primary is down, at start or after any number of checks", async () => {
    const databaseUrl = inject("databaseUrl");
    const primaryUrl = databaseUrl.replace(/:\d+\//, `:${await closedPort()}/`);
    monitor = createReplicaLagMonitor({ primaryUrl, replicaUrl: databaseUrl, maxStalenessMs: 2_000, intervalMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      await monitor.check();
      expect(monitor.status()).toMatchObject({ state: "diverged", isUsable: false, isPrimaryReachable: false });
    }
  });
});
