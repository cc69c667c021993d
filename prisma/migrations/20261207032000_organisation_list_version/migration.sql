-- The organisation list's version (docs/decisions/028-information-pages-rendered-once.md).
-- The site keeps /when-it-starts in memory and, on every request, answers from
-- memory only if this one-row version is still the one the kept page was
-- rendered with. The table (from schema.prisma) and, written by hand, its trigger.

-- CreateTable
CREATE TABLE "organisation_list_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" UUID NOT NULL DEFAULT gen_random_uuid(),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_list_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "organisation_list_version" ("id") VALUES (1);

-- Every statement that writes the organisation table (INSERT, UPDATE, DELETE,
-- TRUNCATE, by any writer: staff pages, the seed, raw SQL) gives the list a new
-- random version in the same transaction, so the version changes exactly when a
-- change commits. Not max(updated_at) and count(*): updated_at is written by
-- Prisma from the application's clock (raw SQL may leave it alone, and another
-- instance's clock may be behind), and a deletion plus an insertion keeps the
-- count. Random, not a counter: a database restored from a backup, or a promoted
-- replica that missed the last commits, may go on from an older state, where a
-- counter would hand out again a number already seen with different rows.
-- BEFORE each statement, so a transaction takes this row's lock before any
-- organisation row's lock: two writers cannot deadlock on the pair. The upsert
-- puts the row back if it was ever deleted (the site renders per request meanwhile).
CREATE FUNCTION organisation_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO organisation_list_version (id, version, changed_at)
  VALUES (1, gen_random_uuid(), now())
  ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, changed_at = EXCLUDED.changed_at;
  RETURN NULL;
END
$$;

CREATE TRIGGER organisation_list_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION organisation_list_changed();
