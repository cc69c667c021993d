import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { listAuditActions, withActionGroups } from "@/lib/audit/list-audit-actions";
import { findDecisionsTracedTo, listAuditEvents } from "@/lib/audit/list-audit-events";
import { getDb } from "@/lib/db";
import { keyDecision } from "@/lib/keying/key-decision";
import { getDecisionForStaff } from "@/lib/people/get-decision-for-staff";
import { loadAuditLog } from "@/lib/staff/audit-log";
import { HIDDEN } from "@/lib/staff/audit-view";
import { recordTracedNhsNumber } from "@/lib/tracing/record-traced-nhs-number";
import { AUDIT_FILTER_ERRORS, parseStaffDate } from "@/lib/validation/audit-filter";
import { keyedDecisionSchema, readKeyedDecisionForm, KEYED_FORM_FIELDS, type KeyedFormField } from "@/lib/validation/keyed-decision";

import { decisionDetails, uniqueNhsNumber, STAFF } from "../support/factories";
import { recordDecision } from "../support/record-test-decision";

function keyedForm(overrides: Partial<Record<KeyedFormField, string>> = {}) {
  const base = Object.fromEntries(KEYED_FORM_FIELDS.map((f) => [f, ""])) as Record<KeyedFormField, string>;
  return keyedDecisionSchema.parse(
    readKeyedDecisionForm({
      ...base, channel: "PAPER", receivedOn: "2026-06-10", formReference: `PF-${Math.random().toString(36).slice(2, 8)}`, isSigned: "yes",
      choice: "OPT_OUT", decidedOn: "2026-06-01", givenName: "Audit", familyName: `Viewer-${Math.random().toString(36).slice(2, 8)}`,
      dateOfBirth: "1961-02-03", madeBy: "SELF", ...overrides,
    }),
  );
}

/** A member of staff of our own, so actor filters see only this test's events. */
async function createStaff() {
  const id = `audit-viewer-${randomUUID()}`;
  const email = `${id}@example.org`;
  await getDb().staffUser.create({ data: { id, name: "Audit Viewer Test", email, role: "caseworker" }, select: { id: true } });
  return { id, email, actor: { kind: "STAFF" as const, id } };
}

/** An audit event at a chosen instant, with an action no other test uses. */
async function eventAt(at: string, options: { action: string; actorId?: string; entityId?: string }) {
  await getDb().auditEvent.create({
    data: { at: new Date(at), actorKind: options.actorId ? "STAFF" : "SYSTEM", actorId: options.actorId ?? "system", action: options.action, entityType: "retention", entityId: options.entityId ?? at },
    select: { id: true },
  });
}

describe("the audit viewer's filters", () => {
  it("finds a person's untraced keying, and the views of it, once it is traced to their NHS number; not before, and not for anyone else", async () => {
    const keyer = await createStaff();
    const tracer = await createStaff();
    const nhsNumber = uniqueNhsNumber();
    const keyed = await keyDecision({ keyed: keyedForm(), by: keyer.actor });
    const other = await keyDecision({ keyed: keyedForm(), by: keyer.actor });
    await getDecisionForStaff({ decisionId: keyed.id, viewer: tracer.actor });

    expect(await listAuditEvents({ nhsNumber })).toEqual([]);

    const traced = await recordTracedNhsNumber({ decisionId: keyed.id, nhsNumber, by: tracer.actor });
    expect(await findDecisionsTracedTo(nhsNumber)).toEqual([keyed.id]);
    const events = await listAuditEvents({ nhsNumber });
    const seen = events.map((e) => `${e.action} ${e.entityId} ${e.nhsNumber ?? "none"}`);
    expect(seen).toEqual(expect.arrayContaining([
      `decision.key ${keyed.id} none`,
      `decision.record ${keyed.id} none`,
      `decision.view ${keyed.id} none`,
      `decision.correct ${traced.id} ${nhsNumber}`,
    ]));
    expect(events.some((e) => e.entityId === other.id)).toBe(false);
    // Newest first, as on the page.
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => (a > b ? -1 : 1)));

    // The same through the viewer, for a role that may see residents; with the other filters on top.
    const byTracer = await loadAuditLog({ params: { nhsNumber: nhsNumber.replace(/(\d{3})(\d{3})(\d{4})/, "$1 $2 $3"), actor: tracer.email }, role: "supervisor" });
    expect(byTracer.errors).toEqual([]);
    expect(byTracer.rows.map((r) => r.action).sort()).toEqual(["decision.correct", "decision.view"]);
    const keyingOnly = await loadAuditLog({ params: { nhsNumber, action: "decision.key" }, role: "supervisor" });
    expect(keyingOnly.rows.map((r) => [r.action, r.entityId])).toEqual([["decision.key", keyed.id]]);
  });

  it("follows a chain of untraced corrections back to the keyed original, and finds nothing for another number", async () => {
    const nhsNumber = uniqueNhsNumber();
    const form = keyedForm();
    const keyed = await keyDecision({ keyed: form, by: STAFF });
    // A name put right before tracing: a correction that still has no NHS number.
    const renamed = await recordDecision({ details: decisionDetails({ nhsNumber: undefined, familyName: `${form.familyName}e`, channel: "PAPER" }), correctsId: keyed.id, recordedBy: STAFF });
    await recordTracedNhsNumber({ decisionId: renamed.id, nhsNumber, by: STAFF });
    expect(await findDecisionsTracedTo(uniqueNhsNumber())).toEqual([]);
    expect((await findDecisionsTracedTo(nhsNumber)).sort()).toEqual([keyed.id, renamed.id].sort());
    const actions = (await listAuditEvents({ nhsNumber })).map((e) => `${e.action} ${e.entityId}`);
    expect(actions).toEqual(expect.arrayContaining([`decision.key ${keyed.id}`, `decision.correct ${renamed.id}`]));
  });

  it("keeps an admin from searching by person: the number is ignored and every resident's event is redacted", async () => {
    const nhsNumber = uniqueNhsNumber();
    const keyer = await createStaff();
    const keyed = await keyDecision({ keyed: keyedForm({ nhsNumber }), by: keyer.actor });
    const view = await loadAuditLog({ params: { nhsNumber, actor: keyer.email }, role: "admin" });
    expect(view.canSeeResidents).toBe(false);
    expect(view.values.nhsNumber).toBeUndefined();
    expect(view.filter?.nhsNumber).toBeUndefined();
    expect(view.rows.length).toBeGreaterThan(0);
    for (const row of view.rows) {
      expect(row).toMatchObject({ nhsNumber: HIDDEN, entityId: HIDDEN, details: null });
      expect(JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(keyed.reference);
    }
    // A bad number from an admin is not even checked: nothing about it can be learned.
    expect((await loadAuditLog({ params: { nhsNumber: "123" }, role: "admin" })).errors).toEqual([]);
  });

  it("filters by London days (whole days, either side of midnight in summer time), by who and by action or group", async () => {
    const staff = await createStaff();
    const action = `test.viewer-${randomUUID().slice(0, 8)}.run`;
    await eventAt("2026-06-10T22:59:59.000Z", { action, actorId: staff.id, entityId: "late on 10 June" }); // 23:59:59 BST, 10 June
    await eventAt("2026-06-10T23:00:00.000Z", { action, actorId: staff.id, entityId: "start of 11 June" }); // 00:00 BST, 11 June
    await eventAt("2026-06-11T22:30:00.000Z", { action, entityId: "system on 11 June" }); // 23:30 BST, 11 June
    await eventAt("2026-06-12T09:00:00.000Z", { action, actorId: staff.id, entityId: "12 June" });

    const entities = async (params: Record<string, string>) => {
      const view = await loadAuditLog({ params: { action, ...params }, role: "admin" });
      expect(view.errors).toEqual([]);
      return view.rows.map((r) => r.entityId);
    };
    expect(await entities({ from: "11/06/2026", to: "11/06/2026" })).toEqual(["system on 11 June", "start of 11 June"]);
    expect(await entities({ to: "10/6/2026" })).toEqual(["late on 10 June"]);
    expect(await entities({ from: "2026-06-12" })).toEqual(["12 June"]);
    expect(await entities({ from: "11/06/2026", actor: staff.email.toUpperCase() })).toEqual(["12 June", "start of 11 June"]);
    expect(await entities({ actor: "system" })).toEqual(["system on 11 June"]);
    // The group ("test.viewer-…") takes in the action; an unrelated group does not.
    expect(await entities({ action: action.replace(/\.run$/, ""), to: "10/06/2026" })).toEqual(["late on 10 June"]);
    const actions = withActionGroups(await listAuditActions());
    expect(actions).toEqual(expect.arrayContaining([{ value: action, isGroup: false }, { value: action.replace(/\.run$/, ""), isGroup: true }, { value: "test", isGroup: true }]));
  });

  it("shows an error for each invalid filter and no rows at all", async () => {
    const cases: [Record<string, string>, { field: string; message: string }[]][] = [
      [{ from: "31/02/2026" }, [{ field: "from", message: AUDIT_FILTER_ERRORS.from }]],
      [{ from: "27/03/2026", to: "26/03/2026" }, [{ field: "to", message: AUDIT_FILTER_ERRORS.toBeforeFrom }]],
      [{ to: "yesterday" }, [{ field: "to", message: AUDIT_FILTER_ERRORS.to }]],
      [{ action: "decision.shred" }, [{ field: "action", message: AUDIT_FILTER_ERRORS.action }]],
      [{ action: "deci" }, [{ field: "action", message: AUDIT_FILTER_ERRORS.action }]],
      [{ actor: "nobody@example.org" }, [{ field: "actor", message: AUDIT_FILTER_ERRORS.actor }]],
      [{ nhsNumber: "999 000 001 9" }, [{ field: "nhsNumber", message: expect.stringContaining("check digit") }]],
      [{ nhsNumber: "12345", from: "1/13/2026", action: "nope" }, [
        { field: "nhsNumber", message: "NHS number must be 10 numbers" },
        { field: "from", message: AUDIT_FILTER_ERRORS.from },
        { field: "action", message: AUDIT_FILTER_ERRORS.action },
      ]],
    ];
    for (const [params, errors] of cases) {
      const view = await loadAuditLog({ params, role: "supervisor" });
      expect(view.errors, JSON.stringify(params)).toEqual(errors);
      expect(view.filter, JSON.stringify(params)).toBeNull();
      expect(view.rows, JSON.stringify(params)).toEqual([]);
    }
    // The same filters without the mistakes do show rows.
    expect((await loadAuditLog({ params: { action: "decision" }, role: "supervisor" })).rows.length).toBeGreaterThan(0);
  });

  it("reads staff dates as written in the office, and refuses dates that do not exist", () => {
    expect(parseStaffDate("27/03/2026")).toEqual([2026, 3, 27]);
    expect(parseStaffDate(" 7-3-2026 ")).toEqual([2026, 3, 7]);
    expect(parseStaffDate("2024-02-29")).toEqual([2024, 2, 29]);
    for (const bad of ["29/02/2026", "31/04/2026", "27/03/26", "03/27/2026", "", "27 March 2026"]) expect(parseStaffDate(bad), bad).toBeNull();
  });
});
