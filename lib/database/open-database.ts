import { getEnv } from "../env";
import { acquireEmbeddedServer, connectionUrl, ensureDatabaseExists, withDatabaseName } from "./embedded-server";

export type OpenDatabase = {
  url: string;
  isEmbedded: boolean;
  /** Gives up this process's use of the embedded server, stopping it if no other process uses it. */
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  projectRoot?: string;
  /**
   * A database of its own on the same server (tests use one), created when
   * missing. Without it: DATABASE_URL's database, or EMBEDDED_PG_DATABASE.
   */
  database?: string;
  log?: (message: string) => void;
};

/**
 * The one way every script finds its database: DATABASE_URL when it is set,
 * otherwise the embedded server (started here, or found already running).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const url = options.database ? withDatabaseName(env.DATABASE_URL, options.database) : env.DATABASE_URL;
    if (options.database) await ensureDatabaseExists(url);
    return { url, isEmbedded: false, close: async () => undefined };
  }
  const server = await acquireEmbeddedServer({
    projectRoot: options.projectRoot ?? process.cwd(),
    preferredPort: env.EMBEDDED_PG_PORT,
    dataDir: env.EMBEDDED_PG_DIR,
    log: options.log,
  });
  const url = connectionUrl(server.port, options.database ?? env.EMBEDDED_PG_DATABASE);
  try {
    await ensureDatabaseExists(url);
  } catch (error) {
    await server.release();
    throw error;
  }
  return { url, isEmbedded: true, close: server.release };
}
