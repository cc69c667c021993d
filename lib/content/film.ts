import { ROUTES } from "./routes";
import { CHOICE_RULES } from "./rules";

// The explainer film's script. The film (its slides, narration and captions)
// is built from this by `npm run film:build`, and the film page shows it as
// the transcript, so the words on screen, in the captions and on the page
// are always the same.

export type FilmCue = {
  /** What the captions and transcript show. */
  text: string;
  /** What the narrator says, when the synthetic voice needs help to say it right. */
  spoken?: string;
};

export type FilmSlide = {
  heading: string;
  /** Short points shown on screen while the narration plays. */
  points: readonly string[];
  cues: readonly FilmCue[];
};

export type FilmChapter = {
  title: string;
  slides: readonly FilmSlide[];
};

// The film speaks no phone number or address: those are programme facts that
// can change without rebuilding the film. It points to the website and the
// leaflet instead. The warning and the rules are the same words as the pages
// (lib/content/rules.ts).

export const FILM_CHAPTERS: readonly FilmChapter[] = [
  {
    title: "What the joined-up record is",
    slides: [
      {
        heading: "Your joined-up health and care record",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "This film explains the joined-up health and care record." },
          { text: "We are joining up health and care records across Barnet, Camden, Enfield, Haringey and Islington." },
        ],
      },
      {
        heading: "Your records are in different places",
        points: ["GP practice", "Hospital", "Community health services", "Mental health services", "Adult social care"],
        cues: [
          { text: "Your GP, your hospital and other services each keep their own record about you." },
          { text: "The joined-up record brings important information from these records together." },
          { text: "So health and care professionals can make quicker and safer decisions about your care." },
        ],
      },
    ],
  },
  {
    title: "How it is used and how it helps you",
    slides: [
      {
        heading: "How the information is used",
        points: ["When you visit, or they visit you", "To understand people's needs", "Care for long-term conditions", "Anonymised, to plan care"],
        cues: [
          { text: "Health and care workers use it when you visit them, or they visit you." },
          { text: "Care teams use it to understand people's health and care needs." },
          { text: "It helps make sure people with long-term health conditions get high-quality care." },
          { text: "And with personal details removed, it is used to plan and improve care." },
        ],
      },
      {
        heading: "How it helps you",
        points: ["Everyone has the whole picture", "A new professional has the information", "Fewer repeat tests"],
        cues: [
          { text: "Everyone involved in your care will have the whole picture." },
          { text: "When you meet a new care professional, they will have important information." },
          { text: "The results of common tests, such as blood tests, are shared with everyone caring for you." },
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
        points: ["Medicines and allergies", "Past hospital stays", "Future appointments", "Mental health and social care: over time"],
        cues: [
          { text: "The record shows your medicines, allergies, summaries of past hospital stays, and future appointments." },
          { text: "It shows your recent history." },
          { text: "Over time, it will include mental health records and records made by social workers." },
          { text: "Children's health records are included. Children's social care records are not currently included." },
        ],
      },
      {
        heading: "What is left out",
        points: ["Sexual health", "Fertility treatment", "Domestic violence", "Criminal records", "The full list is on our website"],
        cues: [
          { text: "Some sensitive information is left out." },
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
        points: ["Only people who support your care", "Each person sees what their job needs", "Strict codes of conduct"],
        cues: [
          { text: "Only people who need your information to support your health and social care can see it." },
          { text: "Each person can only see information relevant to their job." },
          { text: "They work under strict codes of conduct. Failing to keep your information safe is a serious offence." },
          {
            text: "Your information is protected by the Data Protection Act 2018 and the UK GDPR.",
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
        points: ["You are included unless you opt out", "Opt back in at any time", "Still shared by phone, email and on paper"],
        cues: [
          { text: "You are included in the joined-up record unless you opt out." },
          { text: CHOICE_RULES.optOutDoes },
          { text: CHOICE_RULES.optOutDoesNot },
          { text: "You can opt back in at any time." },
          {
            text: "If you opted out of CareMyWay in Islington or CIDR in Camden, you do not need to opt out again.",
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

export const FILM_PAGE = {
  href: ROUTES.film,
  title: "Watch a film about the joined-up record",
  description: "A short film with captions and a transcript that explains the joined-up health and care record.",
  lede: "This short film explains how the joined-up record works, how it helps you and the choice you have.",
  captionsHint: "The film has captions. To turn them on or off, use the CC or captions button in the video player.",
  videoLabel: "Film: your joined-up health and care record",
  captionsLabel: "English",
  noVideoSupport: "Your browser cannot play this film. You can download it or read the transcript below.",
  chaptersHeading: "Chapters",
  chaptersTrackLabel: "Chapters",
  /** Before the film's running time. */
  lengthPrefix: "Length:",
  fallbackLinkText: "Download the film",
  transcriptHeading: "Transcript",
  downloadHeading: "Download the film",
  /** Followed by the file's size, such as "(MP4, 2.5 MB)". */
  downloadLinkText: "Download the film",
  captionsDownloadText: "Download the captions (WebVTT)",
  /** Said before each chapter's start time. */
  chapterStartsAt: "starts at",
  /** The name given to the film file when downloaded. */
  fileName: "joined-up-record-film.mp4",
} as const;

/** Plain-language running time, such as "2 minutes 15 seconds". */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.round(totalSeconds);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? "minute" : "minutes"}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? "second" : "seconds"}`);
  return parts.join(" ");
}

/** Clock time for a chapter start, such as "1:05". */
export function formatClock(totalSeconds: number): string {
  const whole = Math.floor(totalSeconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
