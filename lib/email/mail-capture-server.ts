import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A local SMTP server for development and tests: it accepts every message and
// keeps it as an .eml file (open it in any mail program) beside a .json
// summary. Nothing is delivered anywhere. Never run it in production.

export type CapturedMail = {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  /** The .eml file beside this summary. */
  emlFile: string;
};

export type MailCaptureServer = {
  port: number;
  url: string;
  dir: string;
  close: () => Promise<void>;
};

export type MailCaptureOptions = {
  dir: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** For tests: refuse every message with a temporary failure (a server that is up but not accepting). */
  shouldRefuse?: () => boolean;
  log?: (message: string) => void;
};

export async function startMailCaptureServer(options: MailCaptureOptions): Promise<MailCaptureServer> {
  const host = options.host ?? "127.0.0.1";
  await mkdir(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback address only: no certificate to trust, no login.
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Local mail capture: nothing is delivered",
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (options.shouldRefuse?.()) {
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        const recipients = session.envelope.rcptTo.map((address) => address.address);
        saveMessage(options.dir, raw, recipients)
          .then((mail) => {
            options.log?.(`Captured "${mail.subject}" to ${mail.to.join(", ")} (${mail.emlFile})`);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that drops its connection is not a reason to stop capturing.
  server.on("error", (error) => options.log?.(`Mail capture: ${error.message}`));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${host}:${port}`,
    dir: options.dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function saveMessage(dir: string, raw: Buffer, recipients: string[]): Promise<CapturedMail> {
  const parsed = await simpleParser(raw);
  const receivedAt = new Date();
  // Sortable by name: time first, then a random part so names never collide.
  const id = `${receivedAt.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const emlFile = `${id}.eml`;
  const mail: CapturedMail = {
    id,
    receivedAt: receivedAt.toISOString(),
    from: parsed.from?.text ?? "",
    to: recipients,
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    messageId: parsed.messageId ?? null,
    emlFile,
  };
  await writeFile(path.join(dir, emlFile), raw);
  // The summary is written last: a reader that sees it can read the whole message.
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(mail, null, 2));
  return mail;
}

/** Every captured message in a folder, newest first. */
export async function readCapturedMail(dir: string): Promise<CapturedMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const summaries = names.filter((name) => name.endsWith(".json")).sort().reverse();
  return Promise.all(summaries.map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as CapturedMail));
}

/**
 * The folder of captured mail that /dev/mail may show, or null. Only in the
 * local demo (LOCAL_DEMO=on: scripts/start.ts started the embedded database
 * and the capture server): against any other database the page does not
 * exist, even when MAIL_CAPTURE_DIR is set, because it shows every one-time
 * code sent.
 */
export function capturedMailDirToShow(env: { LOCAL_DEMO: "on" | "off"; MAIL_CAPTURE_DIR?: string }): string | null {
  return env.LOCAL_DEMO === "on" && env.MAIL_CAPTURE_DIR ? env.MAIL_CAPTURE_DIR : null;
}
