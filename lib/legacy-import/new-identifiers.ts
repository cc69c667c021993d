import { randomBytes } from "node:crypto";
import { generateReferenceNumber } from "../consent/reference-number";

// Identifiers for a million new decisions, quickly.
// - Reference numbers come from the register's own generator, fed from a pool
//   of cryptographic random bytes instead of one randomInt call per character.
// - Decision ids are UUID version 7 (RFC 9562): a timestamp, then a counter,
//   then random bits, so one import's ids ascend in file order. Inserting
//   ascending keys appends to the primary-key index (and to the status events'
//   decision_id index) instead of touching a random page per row.

const POOL_SIZE = 64 * 1024;

export type IdentifierSource = {
  nextReference: () => string;
  nextId: () => string;
};

export function createIdentifierSource(timestampMs: number = Date.now()): IdentifierSource {
  let pool = randomBytes(POOL_SIZE);
  let position = 0;
  const nextByte = (): number => {
    if (position >= pool.length) {
      pool = randomBytes(POOL_SIZE);
      position = 0;
    }
    return pool[position++]!;
  };
  // Uniform in [0, max) by rejection, so no symbol is more likely than another.
  const nextRandom = (max: number): number => {
    const limit = 256 - (256 % max);
    for (;;) {
      const byte = nextByte();
      if (byte < limit) return byte % max;
    }
  };

  let counter = 0;
  const bytes = Buffer.alloc(16);
  const nextId = (): string => {
    if (counter >= 2 ** 32) throw new Error("More than 2^32 ids from one identifier source");
    const n = counter++;
    bytes.writeUIntBE(timestampMs, 0, 6);
    bytes[6] = 0x70 | ((n >>> 28) & 0x0f); // version 7, counter bits 31-28
    bytes[7] = (n >>> 20) & 0xff; // counter bits 27-20
    bytes[8] = 0x80 | ((n >>> 14) & 0x3f); // variant 10, counter bits 19-14
    bytes[9] = (n >>> 6) & 0xff; // counter bits 13-6
    bytes[10] = ((n & 0x3f) << 2) | (nextByte() & 0x03); // counter bits 5-0, then random
    for (let i = 11; i < 16; i++) bytes[i] = nextByte();
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  return { nextReference: () => generateReferenceNumber(nextRandom), nextId };
}
