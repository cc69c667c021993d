import type * as English from "../../film";
import { ROUTES } from "../../routes";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

// The film's script in Easy Read, for its captions and transcript. The film is
// narrated in English; each cue here is shown for exactly the time of the
// English cue in the same place (lib/film/captions.ts), so every chapter,
// slide and cue stays in the English order, one for one. `spoken` is what the
// English narrator says, kept where the English has it.

export const FILM_CHAPTERS: Localised<typeof English.FILM_CHAPTERS> = [
  {
    title: "What the joined-up record is",
    slides: [
      {
        heading: "Your joined-up health and care record",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "This film is about the joined-up health and care record." },
          { text: "We are joining up health and care records. This is in Barnet, Camden, Enfield, Haringey and Islington." },
        ],
      },
      {
        heading: "Your records are in different places",
        points: ["GP practice", "Hospital", "Community health services", "Mental health services", "Adult social care"],
        cues: [
          { text: "Your GP, your hospital and other services each keep a record about you." },
          { text: "The joined-up record puts important information from these records together." },
          { text: "So health and care staff can make quicker and safer decisions about your care." },
        ],
      },
    ],
  },
  {
    title: "How it is used and how it helps you",
    slides: [
      {
        heading: "How the information is used",
        points: ["When you visit, or they visit you", "To understand what people need", "Care for long-term conditions", "Details taken out, to plan care"],
        cues: [
          { text: "Health and care workers use it when you visit them, or they visit you." },
          { text: "Care teams use it to understand what health and care people need." },
          { text: "It helps people with long-term health conditions get very good care." },
          { text: "With personal details taken out, it helps staff plan and improve care." },
        ],
      },
      {
        heading: "How it helps you",
        points: ["Everyone has the whole picture", "New staff have the information", "Fewer tests done again"],
        cues: [
          { text: "Everyone who cares for you will have the whole picture." },
          { text: "When you meet a new care worker, they will have important information." },
          { text: "Everyone caring for you can see the results of common tests, like blood tests." },
          { text: "So you may not need the same test again." },
        ],
      },
    ],
  },
  {
    title: "What is in it and what is left out",
    slides: [
      {
        heading: "What is in the record",
        points: ["Medicines and allergies", "Past hospital stays", "Appointments coming up", "Mental health and social care: later"],
        cues: [
          { text: "The record has your medicines and allergies. It has notes from hospital stays and your appointments." },
          { text: "It shows what happened to you recently." },
          { text: "Later, it will have mental health records and records made by social workers." },
          { text: "Children's health records are in it. Children's social care records are not in it at the moment." },
        ],
      },
      {
        heading: "What is left out",
        points: ["Sexual health", "Fertility treatment", "Domestic violence", "Criminal records", "The full list is on our website"],
        cues: [
          { text: "Some private information is left out." },
          { text: "For example, sexual health, fertility treatment, domestic violence and criminal records." },
          { text: "The full list is on our website." },
        ],
      },
    ],
  },
  {
    title: "Who can see it and keeping it safe",
    slides: [
      {
        heading: "Who can see it",
        points: ["Only people who help with your care", "Each person sees what their job needs", "Strict rules for staff"],
        cues: [
          { text: "Only some people can see your information. They need it to help with your health and social care." },
          { text: "Each person can only see information they need for their job." },
          { text: "Staff must follow strict rules. Not keeping your information safe is a serious offence." },
          {
            text: "Your information is protected by 2 laws: the Data Protection Act 2018 and the UK GDPR.",
            spoken: "Your information is protected by the Data Protection Act 2018, and the U K, G D P R.",
          },
        ],
      },
    ],
  },
  {
    title: "Your choice",
    slides: [
      {
        heading: "Your choice",
        points: ["You are in it unless you opt out", "Opt back in at any time", "Still shared by phone, email and on paper"],
        cues: [
          { text: "You are in the joined-up record unless you opt out." },
          { text: CHOICE_RULES.optOutDoes },
          { text: CHOICE_RULES.optOutDoesNot },
          { text: "You can opt back in at any time." },
          {
            text: "Did you opt out of CareMyWay in Islington or CIDR in Camden? You do not need to opt out again.",
            spoken: "If you opted out of Care My Way in Islington, or C I D R in Camden, you do not need to opt out again.",
          },
        ],
      },
      {
        heading: "Think carefully before you opt out",
        points: ["No joined-up history, even in an emergency", "Decisions may take longer"],
        cues: CHOICE_RULES.emergencyWarning.paragraphs.map((text) => ({ text })),
      },
      {
        heading: "Make your choice",
        points: ["Online", "On the paper form", "By phone"],
        cues: [
          { text: "You can make your choice online, on the paper form, or by phone." },
          { text: "Our phone number and the paper form are on our website." },
        ],
      },
    ],
  },
];

export const FILM_PAGE: Localised<typeof English.FILM_PAGE> = {
  href: ROUTES.film,
  title: "Watch a film about the joined-up record",
  description: "Easy Read. A short film about the joined-up health and care record. It has captions and a transcript.",
  lede: "This short film shows how the joined-up record works. It shows how it helps you. It tells you about your choice.",
  captionsHint: "The film has captions. To turn them on or off, use the CC or captions button.",
  videoLabel: "Film: your joined-up health and care record",
  captionsLabel: "Easy Read",
  noVideoSupport: "Your browser cannot play this film. You can download it. Or you can read all its words below.",
  chaptersHeading: "Parts of the film",
  chaptersTrackLabel: "Parts of the film",
  lengthPrefix: "How long it is:",
  fallbackLinkText: "Download the film",
  transcriptHeading: "All the words in the film (transcript)",
  downloadHeading: "Download the film",
  downloadLinkText: "Download the film",
  captionsDownloadText: "Download the captions (a WebVTT file)",
  chapterStartsAt: "starts at",
  fileName: "joined-up-record-film.mp4",
};

/** How long the film is, such as "2 minutes 15 seconds". */
export const formatDuration: Localised<typeof English.formatDuration> = (totalSeconds) => {
  const whole = Math.round(totalSeconds);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(icu("en-easy", "{minutes, plural, one {# minute} other {# minutes}}", { minutes }));
  if (seconds > 0 || minutes === 0) parts.push(icu("en-easy", "{seconds, plural, one {# second} other {# seconds}}", { seconds }));
  return parts.join(" ");
};
