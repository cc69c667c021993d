// The residents' inbox during bench:site: the project's own local SMTP capture
// server (lib/email/mail-capture-server.ts, the one `npm start` and the browser
// tests use) writes every message the site sends into a folder; this reads new
// messages from that folder as they arrive, as the browser tests' page object
// does, and hands each waiting resident the mail addressed to them.
import { watch, type FSWatcher } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

import { startMailCaptureServer, type CapturedMail, type MailCaptureServer } from "@/lib/email/mail-capture-server";

type Waiter = { predicate: (mail: CapturedMail) => boolean; resolve: (mail: CapturedMail) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

export type MailInbox = {
  smtpUrl: string;
  /** The first unclaimed message to `to` that matches, waiting up to timeoutMs for it to arrive. */
  waitFor: (to: string, predicate: (mail: CapturedMail) => boolean, timeoutMs: number) => Promise<CapturedMail>;
  received: () => number;
  close: () => Promise<void>;
};

export async function openMailInbox(dir: string): Promise<MailInbox> {
  // A fresh folder, so every message read belongs to this run.
  await rm(dir, { recursive: true, force: true });
  const server: MailCaptureServer = await startMailCaptureServer({ dir, port: 0 });
  const seen = new Set<string>();
  const unclaimed = new Map<string, CapturedMail[]>();
  const waiting = new Map<string, Waiter[]>();
  let received = 0;
  let scanning: Promise<void> | undefined;
  let scanAgain = false;

  function deliver(mail: CapturedMail): void {
    received++;
    for (const to of mail.to.map((address) => address.toLowerCase())) {
      const waiters = waiting.get(to) ?? [];
      const index = waiters.findIndex((waiter) => waiter.predicate(mail));
      if (index >= 0) {
        const [waiter] = waiters.splice(index, 1);
        clearTimeout(waiter!.timer);
        waiter!.resolve(mail);
        continue;
      }
      unclaimed.set(to, [...(unclaimed.get(to) ?? []), mail]);
    }
  }

  // The capture server writes the .json summary after the .eml, so a summary that exists is complete.
  async function scan(): Promise<void> {
    const names = (await readdir(dir)).filter((name) => name.endsWith(".json") && !seen.has(name)).sort();
    for (const name of names) {
      seen.add(name);
      deliver(JSON.parse(await readFile(path.join(dir, name), "utf8")) as CapturedMail);
    }
  }
  function requestScan(): void {
    if (scanning) {
      scanAgain = true;
      return;
    }
    scanning = scan()
      .catch((error: unknown) => console.error(`[mail] ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        scanning = undefined;
        if (scanAgain) {
          scanAgain = false;
          requestScan();
        }
      });
  }
  const watcher: FSWatcher = watch(dir, () => requestScan());
  // fs.watch may merge or drop events under load: look again regularly as well.
  const poll = setInterval(requestScan, 250);

  return {
    smtpUrl: server.url,
    received: () => received,
    waitFor(to, predicate, timeoutMs) {
      const address = to.toLowerCase();
      const ready = unclaimed.get(address) ?? [];
      const index = ready.findIndex(predicate);
      if (index >= 0) return Promise.resolve(ready.splice(index, 1)[0]!);
      return new Promise<CapturedMail>((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            const waiters = waiting.get(address) ?? [];
            waiters.splice(waiters.indexOf(waiter), 1);
            reject(new Error(`no email to ${to} within ${timeoutMs / 1000} s`));
          }, timeoutMs),
        };
        waiting.set(address, [...(waiting.get(address) ?? []), waiter]);
        requestScan();
      });
    },
    async close() {
      watcher.close();
      clearInterval(poll);
      for (const waiters of waiting.values()) for (const waiter of waiters) clearTimeout(waiter.timer);
      await server.close();
    },
  };
}
