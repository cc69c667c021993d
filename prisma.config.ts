import { defineConfig } from "prisma/config";

// Only `prisma generate` uses the Prisma CLI here; migrations go through
// scripts/migrate.ts (see docs/decisions/002-offline-migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
