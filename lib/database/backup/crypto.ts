import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { open } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { type Readable, Transform } from "node:stream";
import { appError } from "../../errors";

// Optional encryption of each archive file with AES-256-GCM: "CRB1", a 12-byte
// random IV, the ciphertext, then the 16-byte authentication tag, which also
// covers the table's name. A changed
// byte, a truncated file or the wrong key fails the restore, which then
// commits nothing.

const MAGIC = Buffer.from("CRB1", "ascii");
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Reads a 32-byte key written as 64 hex digits or base64. */
export function parseBackupKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) {
    throw appError("VALIDATION_FAILED", "The backup encryption key must be 32 bytes, written as 64 hex digits or in base64 (try: openssl rand -hex 32).");
  }
  return key;
}

/** Names a key without revealing it, so a restore can say which key it needs. */
export function keyFingerprint(key: Buffer): string {
  return createHash("sha256").update("consent-register-backup-key").update(key).digest("hex").slice(0, 16);
}

/** What each file's authentication tag also covers: a file cannot be swapped for another table's. */
export function fileAad(table: string): Buffer {
  return Buffer.from(`consent-register-backup-v1:${table}`, "utf8");
}

export function encryptStream(key: Buffer, aad: Buffer): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!started) {
        this.push(Buffer.concat([MAGIC, iv]));
        started = true;
      }
      done(null, cipher.update(chunk));
    },
    flush(done) {
      if (!started) this.push(Buffer.concat([MAGIC, iv]));
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/** A decrypting read of an encrypted file; the stream errors if the file was changed or the key is wrong. */
export async function openDecryptedFile(file: string, key: Buffer, aad: Buffer): Promise<Readable> {
  const handle = await open(file, "r");
  let header: Buffer;
  let tag: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    if (size < MAGIC.length + IV_BYTES + TAG_BYTES) throw appError("VALIDATION_FAILED", `${file} is too short to be an encrypted backup file.`);
    header = Buffer.alloc(MAGIC.length + IV_BYTES);
    await handle.read(header, 0, header.length, 0);
    tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw appError("VALIDATION_FAILED", `${file} is not an encrypted backup file.`);
  const decipher = createDecipheriv("aes-256-gcm", key, header.subarray(MAGIC.length));
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const body = createReadStream(file, { start: header.length, end: size - TAG_BYTES - 1 });
  body.on("error", (error) => decipher.destroy(error));
  return body.pipe(decipher);
}
