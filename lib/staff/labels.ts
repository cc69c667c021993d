import type { Channel, Choice, DecisionMaker, DecisionStatus } from "../generated/prisma/enums";

// How the back office names the register's values.

export const CHOICE_LABELS: Record<Choice, string> = { OPT_OUT: "Opt-out", OPT_IN: "Opt-in" };
export const CHANNEL_LABELS: Record<Channel, string> = {
  ONLINE: "Online",
  PAPER: "Paper form",
  PHONE: "Phone call",
  CAREMYWAY_IMPORT: "CareMyWay (legacy import)",
  CIDR_IMPORT: "CIDR (legacy import)",
};
export const MADE_BY_LABELS: Record<DecisionMaker, string> = {
  SELF: "The person themself",
  PARENT_OR_GUARDIAN: "Parent or guardian",
  ATTORNEY: "Attorney (lasting power of attorney)",
  DEPUTY: "Court-appointed deputy",
};
export const STATUS_LABELS: Record<DecisionStatus, string> = {
  EFFECTIVE: "In effect",
  AWAITING_REVIEW: "Awaiting review",
  WITHDRAWN: "Withdrawn",
};
/** The legal limit for answering an objection: one calendar month, counted here as 30 days. */
export const ONE_MONTH_DAYS = 30;
