// An API client's last use, gathered in memory and written in one statement
// per batch to the primary (register-store.ts). Never written per call: a write
// per call would cost more than the call, and a read replica refuses writes.
// A batch that fails stays queued for the next one (the latest time per client
// wins), so a primary that is briefly away loses nothing but time.

export type LastUseWrite = (entries: { id: string; at: Date }[]) => Promise<void>;

export type LastUseBatcher = {
  touch(id: string, at: Date): void;
  /** Writes what is queued now. */
  flush(): Promise<void>;
  /** Writes what is queued, then stops. */
  close(): Promise<void>;
};

/** Clients whose last use is held at most (a bound on memory if the primary stays away). */
const MAX_QUEUED = 10_000;

export function createLastUseBatcher(options: { write: LastUseWrite; delayMs?: number; log?: (message: string) => void }): LastUseBatcher {
  const delayMs = options.delayMs ?? 500;
  let queued = new Map<string, Date>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let isClosed = false;

  function queue(id: string, at: Date): void {
    const current = queued.get(id);
    if (current && current >= at) return;
    if (!current && queued.size >= MAX_QUEUED) return;
    queued.set(id, at);
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(async () => {
      if (queued.size === 0) return;
      const batch = queued;
      queued = new Map();
      try {
        await options.write([...batch].map(([id, at]) => ({ id, at })));
      } catch (error) {
        options.log?.(`API client last use not written (${batch.size} clients, kept for the next batch): ${error instanceof Error ? error.message : String(error)}`);
        for (const [id, at] of batch) queue(id, at);
        if (!isClosed) schedule();
      }
    });
    return writing;
  }

  function schedule(): void {
    if (timer || isClosed) return;
    timer = setTimeout(() => void flush(), delayMs);
    timer.unref();
  }

  return {
    touch(id, at) {
      queue(id, at);
      schedule();
    },
    flush,
    async close() {
      isClosed = true;
      await flush();
    },
  };
}
