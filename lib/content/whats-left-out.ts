import { CONTACT_DETAILS } from "./contact-details";
import { DOWNLOADS, ROUTES } from "./routes";
import type { InformationPage } from "./types";

export type ExcludedInformation = {
  /** Stable code, kept in the CSV so other systems can match rows. */
  code: string;
  category: string;
  /** Examples, in plain words. */
  includes: string;
};

/**
 * Sensitive information that is never shown in the joined-up record. The page,
 * the PDF and the CSV are all rendered from this one list.
 */
export const EXCLUDED_INFORMATION: readonly ExcludedInformation[] = [
  {
    code: "SEXUAL_HEALTH",
    category: "Sexual health",
    includes: "Visits to sexual health clinics, tests and treatment for sexually transmitted infections.",
  },
  { code: "HIV", category: "HIV and AIDS", includes: "HIV tests, results, treatment and care." },
  {
    code: "CONTRACEPTION",
    category: "Contraception",
    includes: "Contraception and emergency contraception from a sexual health or family planning service.",
  },
  {
    code: "FERTILITY",
    category: "Fertility treatment",
    includes: "IVF and other fertility treatment, and egg, sperm or embryo donation.",
  },
  { code: "TERMINATION", category: "Ending a pregnancy", includes: "Abortion and related care." },
  {
    code: "GENDER_IDENTITY",
    category: "Gender identity",
    includes: "Gender identity services, and any record of a change of gender.",
  },
  {
    code: "DOMESTIC_ABUSE",
    category: "Domestic violence and abuse",
    includes: "Reports of domestic violence or abuse, and support from domestic abuse services.",
  },
  {
    code: "SEXUAL_ASSAULT",
    category: "Sexual assault",
    includes: "Care after rape or sexual assault, including from a sexual assault referral centre.",
  },
  {
    code: "SAFEGUARDING",
    category: "Safeguarding and child protection",
    includes: "Concerns and plans to protect a child or an adult at risk of harm.",
  },
  { code: "ADOPTION", category: "Adoption", includes: "Adoption records and a person's birth name before adoption." },
  {
    code: "CRIMINAL_JUSTICE",
    category: "Criminal records",
    includes: "Criminal records, time in prison, and information from the police, courts or probation.",
  },
  {
    code: "SUBSTANCE_USE",
    category: "Drug and alcohol services",
    includes: "Treatment and support from specialist drug and alcohol services.",
  },
  {
    code: "GENETICS",
    category: "Genetic testing",
    includes: "Genetic test results and family history of inherited conditions.",
  },
  {
    code: "THERAPY_NOTES",
    category: "Talking therapy notes",
    includes: "What you say in counselling or psychotherapy sessions.",
  },
  {
    code: "COMPLAINTS_LEGAL",
    category: "Complaints and legal claims",
    includes: "Complaints you have made and legal claims about your care.",
  },
  {
    code: "MARKED_PRIVATE",
    category: "Information marked as private",
    includes: "Anything a doctor, nurse or social worker has marked as private in their own record.",
  },
];

export const EXCLUDED_INFORMATION_TABLE = {
  caption: "Information that is never shown in the joined-up record",
  head: ["Type of information", "What this includes"],
} as const;

/** Words for the downloadable list (PDF and CSV). */
export const EXCLUDED_INFORMATION_DOWNLOAD = {
  title: "Information left out of the joined-up record",
  intro:
    "This sensitive information is never shown in the North London joined-up health and care record. It stays in the records of the service that holds it.",
  csvHeader: ["code", "type_of_information", "what_this_includes"],
  pdfFileName: "information-left-out.pdf",
  csvFileName: "information-left-out.csv",
} as const;

export const WHATS_LEFT_OUT_PAGE: InformationPage = {
  href: ROUTES.whatsLeftOut,
  title: "What is left out of the record",
  shortTitle: "What is left out",
  description: "The sensitive information that is never shown in the joined-up health and care record, with the full list to download.",
  lede: "Some information is very private. It is left out of the joined-up record, even if it is in your GP or hospital record.",
  sections: [
    {
      id: "sensitive-information",
      heading: "Sensitive information that is left out",
      blocks: [
        {
          kind: "paragraph",
          text: "The information in this list is never shown in the joined-up record. It stays in the record of the service that holds it.",
        },
        {
          kind: "table",
          caption: EXCLUDED_INFORMATION_TABLE.caption,
          head: EXCLUDED_INFORMATION_TABLE.head,
          rows: EXCLUDED_INFORMATION.map((item) => [item.category, item.includes]),
        },
      ],
    },
    {
      id: "download-the-list",
      heading: "Download the list",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Information left out of the joined-up record (PDF)", href: DOWNLOADS.excludedInformationPdf }],
            [{ text: "Information left out of the joined-up record (CSV, for spreadsheets)", href: DOWNLOADS.excludedInformationCsv }],
          ],
        },
      ],
    },
    {
      id: "childrens-social-care",
      heading: "Children's social care",
      blocks: [
        {
          kind: "paragraph",
          text: "Records from children's social care are not part of the joined-up record. Children's health records are included.",
        },
      ],
    },
    {
      id: "if-you-are-worried",
      heading: "If you are worried",
      blocks: [
        {
          kind: "paragraph",
          text: "Services work hard to keep this information out. Sometimes a letter or summary, such as a letter from a hospital, may mention something private.",
        },
        {
          kind: "paragraph",
          text: [
            "If you are worried about something in your record, talk to your GP or ",
            { text: "contact us", href: ROUTES.contact },
            `. You can also call us on ${CONTACT_DETAILS.phone}.`,
          ],
        },
        {
          kind: "paragraph",
          text: [
            "You can also choose to opt out of the joined-up record. ",
            { text: "Find out about your choice", href: ROUTES.yourChoice },
            ".",
          ],
        },
      ],
    },
  ],
};
