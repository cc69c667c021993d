import { describe, expect, it } from "vitest";
import type { ReplicaLagMonitor, ReplicaStatus } from "../database/replica-lag";
import { AppError } from "../errors";
import type { RegisterPosition, RegisterStore } from "./register-store";
import { createReplicaRegisterStore } from "./replica-register-store";

// Where each read goes, given what the lag monitor says. The servers themselves are real in
// tests/replica/read-replica.test.ts; here each side is a store that says which one it is.

function side(name: string, lastSeq: bigint, options: { fails?: unknown } = {}) {
  const calls: string[] = [];
  const answer = async <T>(value: T): Promise<T> => {
    calls.push(name);
    if (options.fails) throw options.fails;
    return value;
  };
  const position: RegisterPosition = { epoch: "e", lastSeq };
  const store = {
    findConsent: () => answer({ status: "OPTED_OUT", decidedAt: null, channel: name }),
    readPosition: () => answer(position),
    touchApiClient: async () => void calls.push(`${name} touch`),
    close: async () => undefined,
  } as unknown as RegisterStore;
  return { store, calls };
}

function monitor(status: Partial<ReplicaStatus>): ReplicaLagMonitor {
  const full: ReplicaStatus = { state: "streaming", isUsable: true, lagMs: 100, lagBytes: 0, maxStalenessMs: 2_000, isPrimaryReachable: true, checkedAt: null, ...status };
  return { status: () => full, check: async () => undefined, close: async () => undefined };
}

const unavailable = new AppError({ code: "REGISTER_UNAVAILABLE", message: "replica down" });

describe("the replica-backed register store", () => {
  it("reads from the replica while it is usable, and writes last use to the primary only", async () => {
    const primary = side("primary", 5n);
    const replica = side("replica", 5n);
    const store = createReplicaRegisterStore({ primary: primary.store, replica: replica.store, monitor: monitor({}) });
    expect((await store.findConsent("9990000018"))?.channel).toBe("replica");
    await store.touchApiClient("client", new Date());
    expect(primary.calls).toEqual(["primary touch"]);
    expect(replica.calls).toEqual(["replica"]);
  });

  it("reads from the primary when the replica is past the bound", async () => {
    const primary = side("primary", 5n);
    const replica = side("replica", 5n);
    const store = createReplicaRegisterStore({ primary: primary.store, replica: replica.store, monitor: monitor({ isUsable: false, lagMs: 2_500 }) });
    expect((await store.findConsent("9990000018"))?.channel).toBe("primary");
    expect(replica.calls).toEqual([]);
  });

  it("asks the primary when the replica fell past the bound while its read was waiting", async () => {
    const primary = side("primary", 5n);
    const replica = side("replica", 5n);
    let isUsable = true;
    const falling: ReplicaLagMonitor = {
      status: () => ({ state: "streaming", isUsable, lagMs: isUsable ? 100 : 2_500, lagBytes: 0, maxStalenessMs: 2_000, isPrimaryReachable: true, checkedAt: null }),
      check: async () => undefined,
      close: async () => undefined,
    };
    const slowReplica = {
      ...replica.store,
      findConsent: async () => {
        isUsable = false; // the bound passed during the read
        return replica.store.findConsent("9990000018");
      },
    } as RegisterStore;
    const store = createReplicaRegisterStore({ primary: primary.store, replica: slowReplica, monitor: falling });
    expect((await store.findConsent("9990000018"))?.channel).toBe("primary");
    expect(replica.calls).toEqual(["replica"]);
  });

  it("retries on the primary when the replica cannot answer, and fails (503) when neither can", async () => {
    const replica = side("replica", 5n, { fails: unavailable });
    const store = createReplicaRegisterStore({ primary: side("primary", 5n).store, replica: replica.store, monitor: monitor({}) });
    expect((await store.findConsent("9990000018"))?.channel).toBe("primary");
    const neither = createReplicaRegisterStore({ primary: side("primary", 5n, { fails: unavailable }).store, replica: replica.store, monitor: monitor({}) });
    await expect(neither.findConsent("9990000018")).rejects.toMatchObject({ code: "REGISTER_UNAVAILABLE" });
  });

  it("does not hide a fault that is not the replica being unavailable", async () => {
    const primary = side("primary", 5n);
    const store = createReplicaRegisterStore({ primary: primary.store, replica: side("replica", 5n, { fails: new TypeError("bug") }).store, monitor: monitor({}) });
    await expect(store.findConsent("9990000018")).rejects.toThrow("bug");
    expect(primary.calls).toEqual([]);
  });

  it("takes the feed position from the primary when a cursor is ahead of the replica, unless the replica is the promoted register", async () => {
    const primary = side("primary", 9n);
    const replica = side("replica", 7n);
    const store = createReplicaRegisterStore({ primary: primary.store, replica: replica.store, monitor: monitor({}) });
    expect((await store.readPosition(8n)).lastSeq).toBe(9n);
    expect((await store.readPosition(7n)).lastSeq).toBe(7n);
    const promoted = createReplicaRegisterStore({ primary: primary.store, replica: replica.store, monitor: monitor({ state: "promoted", lagMs: 0 }) });
    expect((await promoted.readPosition(8n)).lastSeq).toBe(7n);
  });
});
