import net from "node:net";

import { afterAll, expect, it } from "vitest";

import { closeSharedRateLimitPools, createSharedLimiter } from "@/lib/security/shared-rate-limit";

// A database that accepts connections and never answers (an I/O freeze, a
// black-holed route) must not hang every API call behind its rate limit: the
// count gives up within a second and the same limit is kept in this
// instance's memory (docs/decisions/029, security review of 2026-12-07).

const sockets = new Set<net.Socket>();
const silent = net.createServer((socket) => {
  sockets.add(socket);
  socket.on("error", () => {});
});

afterAll(async () => {
  await closeSharedRateLimitPools();
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

it("answers within a second from the in-memory limit, and still refuses past the limit", async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as net.AddressInfo;
  const limiter = createSharedLimiter(`postgresql://nobody:nothing@127.0.0.1:${port}/nowhere`, { keyPrefix: "stalled-test", points: 2, durationSeconds: 60 });

  const started = performance.now();
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await limiter.consume("one-client"));
  const perCall = (performance.now() - started) / 3;

  expect(perCall).toBeLessThan(1_000);
  expect(answers.map((a) => a.isAllowed)).toEqual([true, true, false]);
});
