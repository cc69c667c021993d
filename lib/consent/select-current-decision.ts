import type { Choice, DecisionStatus } from "../generated/prisma/enums";

// The register's one rule for a person's current state, kept pure so that it
// can be tested over every arrival order. The precedence between two decisions
// is stated once, as data (DECISION_PRECEDENCE): the TypeScript comparison and
// the SQL that bulk writers sort and compare with (refresh-people-in-bulk.ts,
// the legacy importer's classification) are both built from it, and
// tests/consent/decision-precedence-sql.test.ts checks the SQL against the
// TypeScript on the real database.

export type CandidateDecision = {
  id: string;
  reference: string;
  choice: Choice;
  decidedAt: Date;
  status: DecisionStatus;
  /** True when a later entry corrects this one: the correction counts instead. */
  isCorrected: boolean;
};

type PrecedenceKey = {
  /** The decision table's column. */
  column: "decided_at" | "choice" | "reference";
  /** Negative when `a` comes first on this key. */
  compare: (a: CandidateDecision, b: CandidateDecision) => number;
  /** The ORDER BY term that puts the winner first. */
  orderBySql: (column: string) => string;
  /** SQL true when `x` comes strictly first on this key. */
  beforeSql: (x: string, y: string) => string;
};

/**
 * Most significant first: the latest decision time; at the same moment an
 * opt-out (when in doubt, do not share); then the reference number, compared
 * byte by byte, so the answer never depends on arrival order.
 */
export const DECISION_PRECEDENCE: readonly PrecedenceKey[] = [
  {
    column: "decided_at",
    compare: (a, b) => b.decidedAt.getTime() - a.decidedAt.getTime(),
    orderBySql: (c) => `${c} DESC`,
    beforeSql: (x, y) => `${x} > ${y}`,
  },
  {
    column: "choice",
    compare: (a, b) => (a.choice === b.choice ? 0 : a.choice === "OPT_OUT" ? -1 : 1),
    orderBySql: (c) => `(${c} = 'OPT_OUT') DESC`,
    beforeSql: (x, y) => `(${x} = 'OPT_OUT' AND ${y} <> 'OPT_OUT')`,
  },
  {
    column: "reference",
    // Code-unit order, which for the register's ASCII references is byte order ("C").
    compare: (a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0),
    orderBySql: (c) => `${c} COLLATE "C" ASC`,
    beforeSql: (x, y) => `${x} COLLATE "C" < ${y}`,
  },
];

/** Negative when `a` takes precedence over `b`; zero only for equal keys. */
export function compareDecisionPrecedence(a: CandidateDecision, b: CandidateDecision): number {
  for (const key of DECISION_PRECEDENCE) {
    const order = key.compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** The effective, uncorrected decision with the latest decision time, if any. */
export function selectCurrentDecision<T extends CandidateDecision>(candidates: readonly T[]): T | undefined {
  let current: T | undefined;
  for (const candidate of candidates) {
    if (candidate.status !== "EFFECTIVE" || candidate.isCorrected) continue;
    if (!current || compareDecisionPrecedence(candidate, current) < 0) current = candidate;
  }
  return current;
}

const qualified = (alias: string, column: string) => (alias ? `${alias}.${column}` : column);

/** `ORDER BY` terms (without the keywords) that put the winning decision of rows `alias` first. */
export function decisionPrecedenceOrderBySql(alias = ""): string {
  return DECISION_PRECEDENCE.map((key) => key.orderBySql(qualified(alias, key.column))).join(", ");
}

/**
 * SQL true when the decision in rows `x` takes precedence over the one in
 * rows `y`. `throughColumn` stops the comparison at that key (the importer
 * compares a legacy event with the register before it has a reference);
 * `orEqual` also accepts equal keys.
 */
export function decisionPrecedesSql(x: string, y: string, options: { throughColumn?: PrecedenceKey["column"]; orEqual?: boolean } = {}): string {
  const last = options.throughColumn ? DECISION_PRECEDENCE.findIndex((key) => key.column === options.throughColumn) : DECISION_PRECEDENCE.length - 1;
  if (last < 0) throw new Error(`Not a precedence column: ${options.throughColumn}`);
  let sql = options.orEqual ? "TRUE" : "FALSE";
  for (const key of DECISION_PRECEDENCE.slice(0, last + 1).reverse()) {
    const [a, b] = [qualified(x, key.column), qualified(y, key.column)];
    sql = `(${key.beforeSql(a, b)} OR (${a} = ${b} AND ${sql}))`;
  }
  return sql;
}
