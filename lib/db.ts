import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env";
import { AppError } from "./errors";
import { PrismaClient } from "./generated/prisma/client";

// The one Prisma client. Only lib/ talks to the database, and only through this.

export type Db = PrismaClient;

const holder = globalThis as unknown as { consentRegisterDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!holder.consentRegisterDb) {
    const env = getEnv();
    if (!env.DATABASE_URL) {
      throw new AppError({
        code: "CONFIGURATION",
        message:
          "DATABASE_URL is not set. Start the site with `npm start` (which starts the embedded PostgreSQL server) or set DATABASE_URL.",
      });
    }
    const adapter = new PrismaPg({
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_MAX,
      // Fail fast when the database is down: callers must answer quickly (and
      // the consent check must fail closed) rather than hang.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    });
    holder.consentRegisterDb = new PrismaClient({ adapter });
  }
  return holder.consentRegisterDb;
}

export async function disconnectDb(): Promise<void> {
  const client = holder.consentRegisterDb;
  holder.consentRegisterDb = undefined;
  await client?.$disconnect();
}

export { Prisma } from "./generated/prisma/client";
export type { TransactionClient } from "./generated/prisma/internal/prismaNamespace";
