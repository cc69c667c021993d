import { getMetrics } from "./registry";

/** The dedicated API server's database gauge: 1 when a ping answers within the limit, else 0. Never throws. */
export async function refreshDatabaseUp(ping: () => Promise<void>, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([ping(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), timeoutMs)))]);
    getMetrics().databaseUp.set(1);
  } catch {
    getMetrics().databaseUp.set(0);
  } finally {
    clearTimeout(timer);
  }
}
