import { ROUTES } from "./routes";
import { termsBlock } from "./terms";
import type { InformationPage } from "./types";

// Opens with the safeguards themselves (the residents' page's words), not a
// bare "Yes": residents can judge for themselves.

export const IS_MY_INFORMATION_SAFE_PAGE: InformationPage = {
  href: ROUTES.isMyInformationSafe,
  title: "Is my information safe?",
  shortTitle: "Is my information safe?",
  description: "How your joined-up record is protected: codes of conduct, the law and the duty of confidence.",
  lede: "Everyone with access to your health and care information works under strict codes of conduct. They must respect your privacy and keep your information safe. Failing to do so is a serious offence.",
  sections: [
    {
      id: "safeguards",
      heading: "What care professionals must do",
      blocks: [
        { kind: "paragraph", text: "The law requires care professionals to:" },
        {
          kind: "list",
          items: [
            "only see the information they need to do their job in giving and managing your care",
            "keep your records secure",
            "keep your information confidential (this is called a duty of confidence)",
          ],
        },
        { kind: "paragraph", text: "Each person can only see information relevant to their job." },
        { kind: "paragraph", text: [{ text: "See who can see your record", href: ROUTES.whoCanSeeIt }, "."] },
      ],
    },
    {
      id: "the-law",
      heading: "The law protects your information",
      blocks: [
        {
          kind: "paragraph",
          text: "Information about you is protected by the Data Protection Act 2018 and the UK General Data Protection Regulation (UK GDPR).",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "Access is recorded",
      blocks: [{ kind: "paragraph", text: "A record is kept of who looks at the joined-up record, so that access can be checked." }],
    },
    {
      id: "your-rights",
      heading: "Your rights",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Our ",
            { text: "privacy notice", href: ROUTES.privacy },
            " explains your rights and how to use them. You can also ",
            { text: "contact us", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
  ],
};
