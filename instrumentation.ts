// Runs once when the Next.js server starts: refuse to serve with a bad
// configuration, and say which variable is wrong.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, InvalidEnvironmentError } = await import("./lib/env");
  try {
    getEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
