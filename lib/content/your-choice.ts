import { CONTACT_DETAILS } from "./contact-details";
import { DOWNLOADS, ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const YOUR_CHOICE_PAGE: InformationPage = {
  href: ROUTES.yourChoice,
  title: "Your choice: opting out and opting back in",
  shortTitle: "Your choice",
  description: "What opting out of the joined-up record means, what it does not stop, and how to opt out or opt back in.",
  lede: "You are included in the joined-up record unless you opt out. You can change your mind at any time.",
  sections: [
    {
      id: "if-you-opt-out",
      heading: "What happens if you opt out",
      blocks: [
        {
          kind: "list",
          items: [
            "Staff will not be able to see your information in the joined-up record.",
            "Your choice starts as soon as you send it.",
            "Your records stay with each service, as they do now.",
          ],
        },
        {
          kind: "paragraph",
          text: "In an emergency, staff may not know about your medicines, allergies or health problems. This could mean your care is slower or less safe.",
        },
      ],
    },
    {
      id: "what-opting-out-does-not-stop",
      heading: "What opting out does not stop",
      blocks: [
        { kind: "paragraph", text: "If you opt out, you will still get care in the same way. Staff can still:" },
        {
          kind: "list",
          items: [
            "share information about you by phone, email or letter when they need to care for you",
            "send letters and test results to your GP",
            "refer you to other services",
          ],
        },
        {
          kind: "paragraph",
          text: "Opting out of the joined-up record does not change other choices you have made, such as the national data opt-out. It does not opt you out of the NHS App or your GP's own record.",
        },
      ],
    },
    {
      id: "if-you-opted-out-before",
      heading: "If you opted out before",
      blocks: [
        {
          kind: "inset",
          text: "If you opted out of CareMyWay in Islington or CIDR in Camden, you are still opted out. You do not need to do anything again.",
        },
        { kind: "paragraph", text: "If you want to be included now, you can opt back in." },
      ],
    },
    {
      id: "opting-back-in",
      heading: "Opting back in",
      blocks: [
        { kind: "paragraph", text: "You can opt back in at any time. Staff will then be able to see your joined-up record again." },
        {
          kind: "paragraph",
          text: "To keep you safe, if you opt back in using a different email address from the one you used to opt out, we check it first. We will email you when your choice has been made.",
        },
      ],
    },
    {
      id: "making-a-choice-for-someone-else",
      heading: "Making a choice for someone else",
      blocks: [
        { kind: "paragraph", text: "You can make the choice for:" },
        {
          kind: "list",
          items: [
            "a child you have parental responsibility for",
            "someone you have a lasting power of attorney for health and welfare for",
            "someone you are a deputy for, appointed by the Court of Protection",
          ],
        },
        {
          kind: "paragraph",
          text: "We will ask you for proof, such as a birth certificate or a copy of the power of attorney. The choice starts straight away while we check it.",
        },
      ],
    },
    {
      id: "how-to-make-your-choice",
      heading: "How to make your choice",
      blocks: [
        { kind: "subheading", text: "Online" },
        {
          kind: "list",
          items: [
            [{ text: "Opt out of the joined-up record", href: ROUTES.optOut }],
            [{ text: "Opt back in to the joined-up record", href: ROUTES.optIn }],
          ],
        },
        {
          kind: "paragraph",
          text: "You will need an email address. If you know the NHS number of the person the choice is for, have it ready. You can find it on a letter from the NHS or in the NHS App.",
        },
        { kind: "subheading", text: "On paper" },
        {
          kind: "paragraph",
          text: [
            { text: "Download the paper form (PDF)", href: DOWNLOADS.paperFormPdf },
            ", fill it in and post it to us. You do not need a stamp. You can also ask your GP surgery for a form.",
          ],
        },
        { kind: "subheading", text: "By phone" },
        {
          kind: "paragraph",
          text: `Call us on ${CONTACT_DETAILS.phone}, ${CONTACT_DETAILS.phoneHours}.`,
        },
      ],
    },
  ],
};
