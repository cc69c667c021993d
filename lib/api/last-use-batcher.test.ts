import { describe, expect, it } from "vitest";
import { createLastUseBatcher } from "./last-use-batcher";

describe("the API clients' last-use batcher", () => {
  it("writes many touches as one batch, keeping each client's latest time", async () => {
    const batches: { id: string; at: Date }[][] = [];
    const batcher = createLastUseBatcher({ write: async (entries) => void batches.push(entries), delayMs: 60_000 });
    batcher.touch("a", new Date("2026-12-01T10:00:02Z"));
    batcher.touch("b", new Date("2026-12-01T10:00:01Z"));
    batcher.touch("a", new Date("2026-12-01T10:00:00Z"));
    await batcher.flush();
    expect(batches).toEqual([
      [
        { id: "a", at: new Date("2026-12-01T10:00:02Z") },
        { id: "b", at: new Date("2026-12-01T10:00:01Z") },
      ],
    ]);
    await batcher.flush();
    expect(batches).toHaveLength(1);
  });

  it("keeps a batch that could not be written for the next one, and writes what is queued on close", async () => {
    const written: { id: string; at: Date }[][] = [];
    let isDown = true;
    const batcher = createLastUseBatcher({
      write: async (entries) => {
        if (isDown) throw new Error("primary unreachable");
        written.push(entries);
      },
      delayMs: 60_000,
    });
    batcher.touch("a", new Date("2026-12-01T10:00:00Z"));
    await batcher.flush();
    expect(written).toEqual([]);
    isDown = false;
    batcher.touch("b", new Date("2026-12-01T10:00:05Z"));
    await batcher.close();
    expect(written).toHaveLength(1);
    expect([...written[0]!].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: "a", at: new Date("2026-12-01T10:00:00Z") },
      { id: "b", at: new Date("2026-12-01T10:00:05Z") },
    ]);
  });

  it("writes on its own after the delay", async () => {
    const written: string[] = [];
    const batcher = createLastUseBatcher({ write: async (entries) => void written.push(...entries.map((e) => e.id)), delayMs: 10 });
    batcher.touch("a", new Date());
    await expect.poll(() => written).toEqual(["a"]);
    await batcher.close();
  });
});
