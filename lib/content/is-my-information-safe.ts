import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const IS_MY_INFORMATION_SAFE_PAGE: InformationPage = {
  href: ROUTES.isMyInformationSafe,
  title: "Is my information safe?",
  shortTitle: "Is my information safe?",
  description: "The laws that protect your joined-up record, who checks who looks at it, and how it is kept secure.",
  lede: "Yes. The law protects your information, and we check who looks at it.",
  sections: [
    {
      id: "the-law",
      heading: "The law protects your information",
      blocks: [
        { kind: "paragraph", text: "Everyone who uses the joined-up record must follow:" },
        {
          kind: "list",
          items: [
            "the Data Protection Act 2018",
            "the UK General Data Protection Regulation (UK GDPR)",
            "the common law duty of confidentiality",
          ],
        },
        {
          kind: "paragraph",
          text: "These laws say your information must be kept safe, used only for good reasons, and only seen by people who need it.",
        },
      ],
    },
    {
      id: "duty-of-confidence",
      heading: "Staff must keep your information private",
      blocks: [
        {
          kind: "paragraph",
          text: "Health and care staff have a duty of confidence. This means they must keep what they know about you private. They can only share it to care for you, or when the law says they must.",
        },
        {
          kind: "paragraph",
          text: "Staff are trained in keeping information private. They can lose their job if they break the rules.",
        },
      ],
    },
    {
      id: "who-can-look",
      heading: "Only the right people can look",
      blocks: [
        {
          kind: "paragraph",
          text: "Each member of staff has their own account. What they can see depends on their job. For example, a receptionist can see your appointments but not your test results.",
        },
        {
          kind: "paragraph",
          text: [{ text: "See what each role can see", href: ROUTES.whoCanSeeIt }, "."],
        },
      ],
    },
    {
      id: "we-check",
      heading: "We record and check who looks",
      blocks: [
        {
          kind: "list",
          items: [
            "Every time someone looks at your record, we record who it was, when, and what they looked at.",
            "We check these records regularly for anything unusual.",
            "You can ask us who has looked at your record.",
          ],
        },
      ],
    },
    {
      id: "keeping-it-secure",
      heading: "How we keep it secure",
      blocks: [
        {
          kind: "list",
          items: [
            "Your information is kept in the UK.",
            "It is protected when it is stored and when it is sent between services.",
            "It is not sold, and it is not used for marketing.",
          ],
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Your rights",
      blocks: [
        {
          kind: "paragraph",
          text: "You have the right to see your information, to ask for mistakes to be corrected and to complain.",
        },
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
