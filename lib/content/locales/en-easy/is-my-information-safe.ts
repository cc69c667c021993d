import type * as English from "../../is-my-information-safe";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { termsBlock } from "./terms";

// Easy Read: the safeguards themselves first, in the residents' page's terms.

export const IS_MY_INFORMATION_SAFE_PAGE: Localised<typeof English.IS_MY_INFORMATION_SAFE_PAGE> = {
  href: ROUTES.isMyInformationSafe,
  title: "Is my information safe?",
  shortTitle: "Is my information safe?",
  description: "Easy Read. How your joined-up record is kept safe. The rules staff follow, the law and the duty of confidence.",
  lede: "Everyone who can see your health and care information must follow strict rules. They must respect your privacy. They must keep your information safe. Not doing this is a serious offence.",
  sections: [
    {
      id: "safeguards",
      heading: "What care staff must do",
      blocks: [
        { kind: "paragraph", text: "The law says care staff must:", picture: "safe" },
        {
          kind: "list",
          items: [
            "only see information they need to give and manage your care",
            "keep your records safe",
            "keep your information private. This is called a duty of confidence",
          ],
          picture: "safe",
        },
        { kind: "paragraph", text: "Each person can only see information they need for their job.", picture: "doctor" },
        { kind: "paragraph", text: [{ text: "See who can see your record", href: ROUTES.whoCanSeeIt }, "."], picture: "information" },
      ],
    },
    {
      id: "the-law",
      heading: "The law protects your information",
      blocks: [
        {
          kind: "paragraph",
          text: "Information about you is protected by 2 laws. They are the Data Protection Act 2018 and the UK GDPR.",
          picture: "safe",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "access-is-recorded",
      heading: "We keep a note of who looks",
      blocks: [
        {
          kind: "paragraph",
          text: "We keep a note of everyone who looks at the joined-up record. This means we can check who looked.",
          picture: "paper-form",
        },
      ],
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
            " tells you about your rights. It tells you how to use them. You can also ",
            { text: "contact us", href: ROUTES.contact },
            ".",
          ],
          picture: "information",
        },
      ],
    },
  ],
};
