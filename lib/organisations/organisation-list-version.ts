import pg from "pg";

// The version of what /when-it-starts shows: the organisation list's version
// (one row, given a new random id by a trigger in every transaction that writes
// the organisation table: prisma/migrations/20261207032000_organisation_list_version)
// and the UTC day (the page says "Joined" or "Joining" against today, and leaves
// out organisations whose leaving date has passed). The site answers the page
// from memory only while this is unchanged (lib/security/page-cache.ts,
// docs/decisions/028-information-pages-rendered-once.md).
//
// Read from the primary (DATABASE_URL), where listParticipatingOrganisations
// reads the list: a replica's version could be older than the rows the page shows.

export type VersionReader = {
  /** The version now, read by a query sent after this call; rejects when the database cannot say (never guesses). */
  read(): Promise<string>;
  close(): Promise<void>;
};

export type OrganisationListVersionOptions = {
  connectionString: string;
  /** The most one read may take, connecting included; beyond it the read fails and the page renders per request. */
  timeoutMs?: number;
  now?: () => number;
  log?: (message: string) => void;
};

/** Short: a page answered from memory is worth less than a visitor kept waiting on a stalled database. */
export const VERSION_READ_TIMEOUT_MS = 500;

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function createOrganisationListVersionReader(options: OrganisationListVersionOptions): VersionReader {
  const timeoutMs = options.timeoutMs ?? VERSION_READ_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  // One connection: reads go in rounds, one round at a time, so a surge (or a slow database)
  // costs one query in flight per instance, however many visitors are waiting.
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: "organisation-list-version",
  });
  // An idle connection dropped by a restarting server must not crash the process.
  pool.on("error", (error) => options.log?.(`[site] organisation list version connection: ${error.message}`));

  async function query(): Promise<string> {
    const dayBefore = utcDay(now());
    const result = await pool.query<{ version: string }>({
      name: "organisation-list-version",
      text: "SELECT version::text AS version FROM organisation_list_version WHERE id = 1",
    });
    const row = result.rows[0];
    // Fails closed: without its row the list's changes cannot be told apart.
    if (!row) throw new Error("organisation_list_version has no row: are the migrations applied?");
    // Both days: a read across midnight matches no reading made within one day.
    return `${row.version} ${dayBefore}..${utcDay(now())}`;
  }

  type Waiter = { resolve: (version: string) => void; reject: (error: unknown) => void };
  let waiting: Waiter[] = [];
  let isRunning = false;

  // Every caller waits for a round that starts after it called: a round already under way may
  // have read the version before a change this visitor has just made committed.
  function startRound(): void {
    isRunning = true;
    const round = waiting;
    waiting = [];
    query()
      .then(
        (version) => round.forEach((waiter) => waiter.resolve(version)),
        (error: unknown) => round.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => {
        isRunning = false;
        if (waiting.length) startRound();
      });
  }

  return {
    read() {
      return new Promise<string>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!isRunning) startRound();
      });
    },
    async close() {
      await pool.end();
    },
  };
}
