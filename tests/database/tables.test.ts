import { describe, expect, it } from "vitest";
import { AUDIT_EVENT } from "@/lib/database/tables/audit-event";
import { CONSENT_CHANGE } from "@/lib/database/tables/consent-change";
import { CONSENT_CHANGE_COUNTER } from "@/lib/database/tables/consent-change-counter";
import { DECISION } from "@/lib/database/tables/decision";
import { DECISION_STATUS_EVENT } from "@/lib/database/tables/decision-status-event";
import { IMPORT_RUN } from "@/lib/database/tables/import-run";
import { PERSON_CONSENT } from "@/lib/database/tables/person-consent";
import type { Table } from "@/lib/database/tables/table";
import { getDb } from "@/lib/db";
import { LANGUAGES } from "@/lib/i18n/locales";
import { connectTestDatabaseForFile } from "../support/test-database-client";

// The column maps that raw SQL writes through (lib/database/tables) against
// Prisma's data model and the migrated database: a renamed field fails the
// type check, and a renamed or added column fails here.

const TABLES: Table<string>[] = [DECISION, DECISION_STATUS_EVENT, IMPORT_RUN, PERSON_CONSENT, CONSENT_CHANGE, CONSENT_CHANGE_COUNTER, AUDIT_EVENT];

type RuntimeDataModel = { models: Record<string, { dbName: string | null; fields: { name: string; kind: string; dbName?: string | null }[] }> };

const database = connectTestDatabaseForFile();

describe.each(TABLES.map((table) => [table.name, table] as const))("table %s", (_name, table) => {
  it("names every scalar field of its Prisma model, with the model's column names", () => {
    const model = (getDb() as unknown as { _runtimeDataModel: RuntimeDataModel })._runtimeDataModel.models[table.model];
    expect(model, `Prisma has no model ${table.model}`).toBeDefined();
    expect(model!.dbName ?? table.model).toBe(table.name);
    const prismaColumns = Object.fromEntries(
      model!.fields.filter((field) => field.kind === "scalar" || field.kind === "enum").map((field) => [field.name, field.dbName ?? field.name]),
    );
    expect(table.columns).toEqual(prismaColumns);
  });

  it("names exactly the migrated table's columns", async () => {
    const { rows } = await database().query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
      [table.name],
    );
    expect(Object.values(table.columns).sort()).toEqual(rows.map((r) => r.column_name).sort());
  });
});

describe("the languages the database accepts", () => {
  // A CHECK lists the site's languages for decision.language and callback_request.language. A locale added
  // to the site without a migration would make every decision or call-back made in it fail to save.
  for (const constraint of ["decision_language_known", "callback_request_language_known"]) {
    it(`${constraint} accepts every language the site has, and no other`, async () => {
      const [row] = await getDb().$queryRaw<{ definition: string }[]>`SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = ${constraint}`;
      expect(row, `no constraint ${constraint}`).toBeDefined();
      const listed = [...row!.definition.matchAll(/'([^']+)'/g)].map((match) => match[1]);
      expect(new Set(listed)).toEqual(new Set(LANGUAGES));
      expect(row!.definition).toMatch(/IS NULL/);
    });
  }
});
