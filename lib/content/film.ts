import { CONTACT_DETAILS } from "./contact-details";
import { ROUTES } from "./routes";

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

const SPOKEN_PHONE = "oh two oh, seven nine four six, oh three two one";

export const FILM_CHAPTERS: readonly FilmChapter[] = [
  {
    title: "What the joined-up record is",
    slides: [
      {
        heading: "Your joined-up health and care record",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "This film explains the joined-up health and care record in North London." },
          { text: "It is for people in Barnet, Camden, Enfield, Haringey and Islington." },
        ],
      },
      {
        heading: "Your records are in different places",
        points: ["GP surgery", "Hospital", "Community nurses", "Mental health services", "Council social care"],
        cues: [
          { text: "Your GP, your hospital and other services each keep their own record about you." },
          { text: "These records are kept apart." },
          { text: "So the people caring for you cannot always see what others know." },
        ],
      },
      {
        heading: "Joined up in one place",
        points: ["The information stays where it is", "Staff see it when they care for you"],
        cues: [
          { text: "The joined-up record shows important information from these records together." },
          { text: "The information stays where it is." },
          { text: "Staff look at it only when they are caring for you." },
        ],
      },
    ],
  },
  {
    title: "How it helps you",
    slides: [
      {
        heading: "How it helps you",
        points: ["Tell your story once", "Safer care in an emergency", "Fewer repeat tests", "Care planned together"],
        cues: [
          { text: "You should not have to tell your story again and again." },
          { text: "In an emergency, a doctor can check your medicines and allergies straight away." },
          { text: "You may not need to have the same test twice." },
          { text: "And your GP, hospital and social worker can plan your care together." },
        ],
      },
    ],
  },
  {
    title: "What is in it and what is left out",
    slides: [
      {
        heading: "What is in the record",
        points: ["Medicines and allergies", "Health problems", "Summaries of hospital stays", "Appointments", "Test results"],
        cues: [
          { text: "The record shows your medicines, allergies and health problems, and summaries of hospital stays." },
          { text: "It also shows appointments coming up, and recent test results." },
          { text: "Mental health and social care information will be added over time." },
          { text: "It shows your recent history, not your whole life story." },
          { text: "Children's health records are included. Children's social care records are not." },
        ],
      },
      {
        heading: "What is left out",
        points: ["Sexual health", "Fertility treatment", "Domestic violence", "Criminal records", "And more: see the full list"],
        cues: [
          { text: "Some very private information is always left out." },
          { text: "For example, sexual health, fertility treatment, domestic violence and criminal records." },
          { text: "You can see the full list on our website." },
        ],
      },
    ],
  },
  {
    title: "Who can see it and keeping it safe",
    slides: [
      {
        heading: "Who can see it",
        points: ["Only staff caring for you", "Each job sees only what it needs", "Every look is recorded and checked"],
        cues: [
          { text: "Only health and care staff who are caring for you can see your record." },
          { text: "Each person only sees what their job needs." },
          { text: "For example, a receptionist can see your appointments, but not your test results." },
          { text: "Every time someone looks, it is recorded and checked." },
          {
            text: "The law protects your information, including the Data Protection Act and UK GDPR.",
            spoken: "The law protects your information, including the Data Protection Act and U K, G D P R.",
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
        points: ["You are included unless you opt out", "Opt out or opt back in at any time", "Staff can still share by phone, email and letter"],
        cues: [
          { text: "You are included in the joined-up record unless you opt out." },
          { text: "You can opt out, or opt back in, at any time." },
          { text: "If you opt out, staff can still share information by phone, email or letter to care for you." },
          {
            text: "If you opted out of CareMyWay or CIDR before, you are still opted out.",
            spoken: "If you opted out of Care My Way, or C I D R, before, you are still opted out.",
          },
        ],
      },
      {
        heading: "Make your choice",
        points: ["Online", "On a paper form", `By phone: ${CONTACT_DETAILS.phone}`],
        cues: [
          {
            text: `You can make your choice online, on a paper form, or by phone on ${CONTACT_DETAILS.phone}.`,
            spoken: `You can make your choice online, on a paper form, or by phone on ${SPOKEN_PHONE}.`,
          },
          { text: "To find out more, visit our website or call us." },
          { text: "Thank you for watching." },
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
