import type { ActorKind } from "../generated/prisma/enums";
import { listAuditActions, withActionGroups } from "../audit/list-audit-actions";
import { AUDIT_PAGE_SIZE, listAuditEvents, type AuditFilter } from "../audit/list-audit-events";
import { auditFilterSchema, startOfLondonDay, AUDIT_FILTER_ERRORS, AUDIT_FILTER_FIELDS, type AuditFilterField } from "../validation/audit-filter";
import { canSeeResidentsInAudit, viewAuditRow, type AuditRowView } from "./audit-view";
import { listStaffMembers } from "./manage-staff";

// The audit viewer's one loader, for the page and its CSV export alike, so
// both apply the same filters, the same permission rule and the same redaction.

/** Whole kinds of actor, beside each member of staff by email. */
export const ACTOR_KINDS: Readonly<Record<string, { kind: ActorKind; label: string }>> = {
  staff: { kind: "STAFF", label: "Any member of staff" },
  system: { kind: "SYSTEM", label: "The system (scheduled jobs, imports)" },
  "api-client": { kind: "API_CLIENT", label: "Any API client" },
  resident: { kind: "RESIDENT", label: "Any resident (online)" },
};

/** Most rows one CSV export holds: a bigger question needs a narrower filter. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export type AuditFilterValues = Partial<Record<AuditFilterField | "before", string>>;
export type AuditLogView = {
  canSeeResidents: boolean;
  /** The filters as typed, to fill the form and build links. */
  values: AuditFilterValues;
  errors: { field: AuditFilterField; message: string }[];
  filter: AuditFilter | null;
  rows: AuditRowView[];
  staffEmails: Map<string, string>;
  actorOptions: { value: string; label: string }[];
  actionOptions: { value: string; label: string }[];
};

/** One value per filter: a repeated parameter counts as its first (the site refuses them before here anyway). */
export function readAuditFilterValues(params: Record<string, string | string[] | undefined>, canSeeResidents: boolean): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const field of [...AUDIT_FILTER_FIELDS, "before"] as const) {
    const raw = params[field];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "") values[field] = value;
  }
  // An admin cannot search by person: the number is dropped, not checked, so it cannot even be probed for validity.
  if (!canSeeResidents) delete values.nhsNumber;
  return values;
}

/**
 * Checks the filters and, when every one is valid, reads the rows the role may
 * see. An invalid filter gives its errors and no rows at all.
 */
export async function loadAuditLog(options: {
  params: Record<string, string | string[] | undefined>;
  role: string;
  limit?: number;
}): Promise<AuditLogView> {
  const canSeeResidents = canSeeResidentsInAudit(options.role);
  const values = readAuditFilterValues(options.params, canSeeResidents);
  const [members, actions] = await Promise.all([listStaffMembers(), listAuditActions()]);
  const staffEmails = new Map(members.map((m) => [m.id, m.email]));
  const actorOptions = [
    { value: "", label: "Anyone" },
    ...Object.entries(ACTOR_KINDS).map(([value, { label }]) => ({ value, label })),
    ...members.map((m) => ({ value: m.email, label: m.email })),
  ];
  const actionChoices = withActionGroups(actions);
  const actionOptions = [
    { value: "", label: "Any action" },
    ...actionChoices.map(({ value, isGroup }) => ({ value, label: isGroup ? `${value} (all ${value}.… actions)` : value })),
  ];

  const errors: AuditLogView["errors"] = [];
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AuditFilterField;
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  const actorValue = values.actor?.trim().toLowerCase();
  const member = actorValue ? members.find((m) => m.email === actorValue) : undefined;
  const kind = actorValue ? ACTOR_KINDS[actorValue] : undefined;
  if (actorValue && !member && !kind && !errors.some((e) => e.field === "actor")) errors.push({ field: "actor", message: AUDIT_FILTER_ERRORS.actor });
  const actionValue = values.action?.trim();
  if (actionValue && !actionChoices.some((c) => c.value === actionValue) && !errors.some((e) => e.field === "action")) {
    errors.push({ field: "action", message: AUDIT_FILTER_ERRORS.action });
  }
  errors.sort((a, b) => AUDIT_FILTER_FIELDS.indexOf(a.field) - AUDIT_FILTER_FIELDS.indexOf(b.field));

  const base = { canSeeResidents, values, staffEmails, actorOptions, actionOptions };
  if (errors.length > 0 || !parsed.success) return { ...base, errors, filter: null, rows: [] };

  const { nhsNumber, from, to } = parsed.data;
  const filter: AuditFilter = {
    nhsNumber: canSeeResidents ? nhsNumber : undefined,
    actorKind: member ? "STAFF" : kind?.kind,
    actorId: member?.id,
    action: actionValue,
    from: from ? startOfLondonDay(from) : undefined,
    until: to ? startOfLondonDay(nextDay(to)) : undefined,
    before: values.before && /^\d{1,18}$/.test(values.before) ? BigInt(values.before) : undefined,
  };
  const rows = (await listAuditEvents(filter, { limit: options.limit ?? AUDIT_PAGE_SIZE })).map((row) => viewAuditRow(row, options.role));
  return { ...base, errors, filter, rows };
}

function nextDay([year, month, day]: [number, number, number]): [number, number, number] {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** The filter as it goes into the audit event for viewing or exporting the log. */
export function describeAuditFilter(filter: AuditFilter): Record<string, string | null> {
  return {
    nhsNumber: filter.nhsNumber ?? null,
    actorKind: filter.actorKind ?? null,
    actorId: filter.actorId ?? null,
    action: filter.action ?? null,
    from: filter.from?.toISOString() ?? null,
    until: filter.until?.toISOString() ?? null,
    before: filter.before?.toString() ?? null,
  };
}

/** The address's query for these filters (the before cursor left out unless given). */
export function auditFilterQuery(values: AuditFilterValues, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...values, ...extra }).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "");
  return new URLSearchParams(entries).toString();
}
