import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const WHATS_IN_THE_RECORD_PAGE: InformationPage = {
  href: ROUTES.whatsInTheRecord,
  title: "What information is in the record",
  shortTitle: "What is in the record",
  description: "The information from your GP, hospitals and other services that is shown in the joined-up record.",
  lede: "The joined-up record shows the information staff most often need to care for you safely.",
  sections: [
    {
      id: "what-it-shows",
      heading: "What it shows",
      blocks: [
        { kind: "paragraph", text: "Your joined-up record can show:" },
        {
          kind: "list",
          items: [
            "your name, address, date of birth and NHS number",
            "the name of your GP surgery",
            "your medicines, now and recently",
            "allergies and bad reactions to medicines",
            "health problems you have now or have had, such as diabetes or asthma",
            "summaries of hospital stays and visits, including why you went and what was done",
            "appointments you have coming up",
            "test results, such as blood tests and X-rays",
            "the names of people involved in your care, such as a carer or next of kin",
          ],
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Information that will be added over time",
      blocks: [
        { kind: "paragraph", text: "More information will be added in stages. This includes:" },
        {
          kind: "list",
          items: [
            "information from mental health services, such as who is looking after you and your care plan",
            "information from adult social care, such as the support you get at home and who your social worker is",
          ],
        },
        {
          kind: "paragraph",
          text: [
            "We will update this page before new information is added. ",
            { text: "See when it starts and who takes part", href: ROUTES.whenItStarts },
            ".",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Recent history only",
      blocks: [
        {
          kind: "paragraph",
          text: "The joined-up record shows your recent history, not your whole life story. For example, it shows recent medicines, recent test results and recent hospital stays.",
        },
        {
          kind: "paragraph",
          text: "Your full records stay with each service. Staff can ask that service for more if they need it to care for you.",
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Children and young people",
      blocks: [
        { kind: "paragraph", text: "Children's health records are included. For example, information from their GP, hospitals and health visitors." },
        { kind: "paragraph", text: "Children's social care records are not included." },
        {
          kind: "paragraph",
          text: [
            "If you have parental responsibility for a child, you can opt them out. ",
            { text: "Find out how to make a choice for a child", href: ROUTES.yourChoice },
            ".",
          ],
        },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Information that is left out",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Some sensitive information is never shown, such as information about sexual health or fertility treatment. ",
            { text: "See the full list of information that is left out", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
