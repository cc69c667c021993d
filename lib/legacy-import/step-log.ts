/** A log line per step with the seconds since the previous one: the command line's --verbose and the benchmark read them. */
export function createStepLog(log: ((message: string) => void) | undefined, indent = ""): (message: string) => void {
  let lap = performance.now();
  return (message) => {
    const now = performance.now();
    log?.(`${indent}${message} (${((now - lap) / 1000).toFixed(1)} s)`);
    lap = now;
  };
}
