import pino, { type DestinationStream, type Logger } from "pino";

// One structured JSON line per API call: who asked, about which NHS numbers,
// what they were told, how long it took, and the request id that the caller
// also received. Written through pino, asynchronously, so logging does not
// slow the answers down.

export type CallLogEntry = {
  requestId: string;
  method: string;
  path: string;
  status: number;
  clientId?: string;
  clientName?: string;
  nhsNumbers?: string[];
  answers?: string[];
  latencyMs: number;
  error?: string;
};

export type AccessLogger = { logCall: (entry: CallLogEntry) => void; flush: () => void };

export function createAccessLogger(options: { level?: string; destination?: DestinationStream } = {}): AccessLogger {
  const destination = options.destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const logger: Logger = pino({ level: options.level ?? "info", base: { service: "consent-api" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    logCall(entry) {
      const level = entry.status >= 500 ? "error" : entry.status >= 400 ? "warn" : "info";
      logger[level]({ ...entry, msg: "api call" });
    },
    flush() {
      logger.flush();
    },
  };
}
