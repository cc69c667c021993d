import type { ContentBlock } from "./types";

// Words residents meet on these pages, explained once in plain English. Only
// general, well-known definitions or facts from the residents' page and the
// product rules: where a term's detail depends on someone's situation, we say
// where to find out more rather than guess.

export const TERMS = {
  parentalResponsibility: {
    term: "Parental responsibility",
    text: "The legal rights and duties a parent has for a child, such as agreeing to their medical treatment. A child's mother has it from birth. Other people can have it too, for example many fathers, or someone a court has given it to. If you are not sure whether you have it, ask a solicitor or Citizens Advice.",
  },
  lastingPowerOfAttorney: {
    term: "Lasting power of attorney for health and welfare",
    text: "A legal document in which a person chooses someone they trust (their attorney) to make decisions about their health and care if they cannot make those decisions themselves. It must be registered with the Office of the Public Guardian before it can be used.",
  },
  deputy: {
    term: "Deputy and the Court of Protection",
    text: "The Court of Protection makes decisions for people who cannot make some decisions for themselves. It can appoint a deputy to make decisions for a person. A court order says what the deputy can decide.",
  },
  nationalDataOptOut: {
    term: "National data opt-out",
    text: "A separate NHS choice about whether your confidential patient information is used for research and planning across England. It is not the same as opting out of the joined-up record. Making one choice does not make the other: if you want both, you need to make both.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay and CIDR",
    text: "Earlier local schemes for sharing records: CareMyWay in Islington and CIDR in Camden. If you opted out of either, that opt-out has been carried across to the joined-up record.",
  },
  ukGdpr: {
    term: "UK GDPR",
    text: "The UK General Data Protection Regulation. With the Data Protection Act 2018, it is the law that says how organisations in the UK must use and protect information about people. The residents' page calls it the General Data Protection Regulation 2016: it was a European law, and it became the UK GDPR when the UK left the EU.",
  },
} as const;

export type TermKey = keyof typeof TERMS;

/** A "definitions" block with the given terms, for a page section. */
export function termsBlock(keys: readonly TermKey[]): ContentBlock {
  return { kind: "definitions", items: keys.map((key) => TERMS[key]) };
}
