import type { ChildProcess } from "node:child_process";

/**
 * How scripts stop a server they started: SIGTERM, then SIGKILL if it has not
 * exited after `killAfterMs`; resolves once it has exited (at once if it
 * already had). Call it right after spawning, so an early exit is seen.
 */
export function stopperFor(child: ChildProcess, killAfterMs: number): () => Promise<void> {
  let hasExited = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      hasExited = true;
      resolve();
    }),
  );
  return async () => {
    if (hasExited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    await exited;
    clearTimeout(timer);
  };
}
