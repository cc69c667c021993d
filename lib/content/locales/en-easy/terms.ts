import type * as English from "../../terms";
import type { TermKey } from "../../terms";
import type { Localised } from "../../../i18n/localised";

// Hard words explained in Easy Read. The same terms as the English
// (lib/content/terms.ts), and no more facts than it gives.

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "Parental responsibility",
    text: "The rights and duties a parent has for a child by law. For example, saying yes to their medical treatment. A child's mother has it from birth. Other people can have it too. For example, many fathers. Or someone a court gave it to. Not sure if you have it? Ask a solicitor or Citizens Advice.",
  },
  lastingPowerOfAttorney: {
    term: "Lasting power of attorney for health and welfare",
    text: "A legal paper. In it, a person chooses someone they trust. That person can decide about their health and care. They are called the attorney. The attorney decides only when the person cannot decide for themselves. It must be registered with the Office of the Public Guardian. Only then can it be used.",
  },
  deputy: {
    term: "Deputy and the Court of Protection",
    text: "The Court of Protection makes decisions for people who cannot make some decisions themselves. The court can choose a deputy to decide for a person. A court order says what the deputy can decide.",
  },
  nationalDataOptOut: {
    term: "National data opt-out",
    text: "A different NHS choice. It is about using your private health information for research and planning across England. It is not the same as opting out of the joined-up record. Making one choice does not make the other. Do you want both? Then you need to make both choices.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay and CIDR",
    text: "Older local ways of sharing records. CareMyWay was in Islington. CIDR was in Camden. Did you opt out of either one? Then you are already opted out of the joined-up record.",
  },
  ukGdpr: {
    term: "UK GDPR",
    text: "UK GDPR stands for the UK General Data Protection Regulation. It is a law, together with the Data Protection Act 2018. These laws say how UK organisations must use and protect information about people. The residents' page calls it the General Data Protection Regulation 2016. That was a European law. It became the UK GDPR when the UK left the European Union.",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys: readonly TermKey[]) => ({
  kind: "definitions",
  items: keys.map((key) => TERMS[key]),
});
