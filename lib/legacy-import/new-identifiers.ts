import { randomBytes } from "node:crypto";
import { generateReferenceNumber } from "../consent/reference-number";

// Identifiers for a million new decisions, quickly.
// - Reference numbers come from the register's own generator, fed from a pool
//   of cryptographic random bytes instead of one randomInt call per character.
// - Decision ids are UUID version 7 (RFC 9562): a timestamp, then a counter,
//   then random bits, so one import's ids ascend in the order they are made
//   and later imports' ids sort after earlier ones. The importer hands them out
//   in the order it inserts, so the primary key (and the status events'
//   decision_id index) are appended to rather than written at random.

const POOL_SIZE = 64 * 1024;
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const HEX3 = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(3, "0"));
const HEX4 = (value: number) => HEX2[value >>> 8]! + HEX2[value & 0xff]!;

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

  // The id is the run's timestamp, a counter and random bits, written straight
  // into hex: this runs once per row of a million-row file.
  const time = timestampMs.toString(16).padStart(12, "0").slice(-12);
  const prefix = `${time.slice(0, 8)}-${time.slice(8)}-7`;
  let counter = 0;
  const nextId = (): string => {
    if (counter >= 2 ** 32) throw new Error("More than 2^32 ids from one identifier source");
    const n = counter++;
    // 7xxx-yxxx: version 7, then counter bits 31-20; variant 10 and counter bits 19-6;
    // then counter bits 5-0 and 42 random bits.
    const a = (n >>> 20) & 0xfff;
    const b = 0x8000 | ((n >>> 6) & 0x3fff);
    const c = ((n & 0x3f) << 2) | (nextByte() & 0x03);
    return (
      prefix + HEX3[a] + "-" + HEX4(b) + "-" + HEX2[c]! + HEX2[nextByte()]! + HEX2[nextByte()]! + HEX2[nextByte()]! + HEX2[nextByte()]! + HEX2[nextByte()]!
    );
  };

  return { nextReference: () => generateReferenceNumber(nextRandom), nextId };
}
