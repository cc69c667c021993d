import { isAppError } from "../errors";
import type { ReplicaLagMonitor } from "../database/replica-lag";
import type { RegisterStore } from "./register-store";

// The consent check's reads from a streaming replica, failing closed
// (docs/decisions/027-read-replicas.md): a read goes to the replica only while
// the lag monitor vouches that its data is within CONSENT_MAX_STALENESS;
// otherwise, or when the replica fails the read, it goes to the primary; when
// the primary cannot answer either, the read fails (503), never a stale answer.
// Writes (the API client's last use) only ever go to the primary.

export type ReadTarget = "replica" | "primary";

export type ReplicaRegisterStoreOptions = {
  primary: RegisterStore;
  replica: RegisterStore;
  monitor: ReplicaLagMonitor;
  /** Counts where each read was answered from (metrics). */
  onRead?: (target: ReadTarget, reason: "fresh" | "stale" | "replica-failed") => void;
};

export function createReplicaRegisterStore(options: ReplicaRegisterStoreOptions): RegisterStore {
  const { primary, replica, monitor } = options;

  async function read<T>(work: (store: RegisterStore) => Promise<T>, options_: { recheck: boolean } = { recheck: true }): Promise<T> {
    if (!monitor.status().isUsable) {
      options.onRead?.("primary", "stale");
      return work(primary);
    }
    try {
      const answer = await work(replica);
      // The bound is on the answer as given: a read that waited (for a connection, behind a slow query)
      // while the replica fell behind is asked of the primary instead.
      if (options_.recheck && !monitor.status().isUsable) {
        options.onRead?.("primary", "stale");
        return work(primary);
      }
      options.onRead?.("replica", "fresh");
      return answer;
    } catch (error) {
      // The replica could not answer (stopped, restarting, a recovery conflict): ask the primary.
      if (!isAppError(error) || error.code !== "REGISTER_UNAVAILABLE") throw error;
      options.onRead?.("primary", "replica-failed");
      return work(primary);
    }
  }

  return {
    findConsent: (nhsNumber) => read((s) => s.findConsent(nhsNumber)),
    findConsentAsOf: (nhsNumber) => read((s) => s.findConsentAsOf(nhsNumber)),
    findConsentsAsOf: (nhsNumbers) => read((s) => s.findConsentsAsOf(nhsNumbers)),
    async readPosition(atLeastSeq) {
      const position = await read((s) => s.readPosition());
      // The caller holds a cursor the replica has not reached (it came from the primary): the
      // primary's position, so the feed says "nothing new yet" rather than "cursor ahead" (410).
      // A promoted replica is the register now: a cursor ahead of it is refused (410) as on any register.
      if (atLeastSeq !== undefined && position.lastSeq < atLeastSeq && monitor.status().state !== "promoted") return primary.readPosition();
      return position;
    },
    findConsentByDecisionId: (decisionId) => read((s) => s.findConsentByDecisionId(decisionId)),
    listChanges: (after, limit) => read((s) => s.listChanges(after, limit)),
    // A stream: its freshness is checked when it opens, not re-checked after (it is already being sent).
    openSnapshot: (batchSize) => read((s) => s.openSnapshot(batchSize), { recheck: false }),
    findApiClient: (prefix) => read((s) => s.findApiClient(prefix)),
    touchApiClient: (id, at) => primary.touchApiClient(id, at),
    ping: () => read((s) => s.ping()),
    async close() {
      await monitor.close();
      await Promise.all([primary.close(), replica.close()]);
    },
  };
}
