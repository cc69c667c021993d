/**
 * A background task for every running instance: a first pass a little after
 * start-up, then one every `intervalMs`, until stopped. Neither timer keeps
 * the process alive, so a server that is shutting down is not held open.
 */
export function startBackgroundTimer(
  run: () => void,
  options: { firstRunDelayMs: number; intervalMs: number },
): { stop: () => void } {
  const first = setTimeout(run, options.firstRunDelayMs);
  const timer = setInterval(run, options.intervalMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
