import { createElement } from "react";

// The simple pictures shown beside each idea on Easy Read pages and in the
// Easy Read PDFs (issue #17 point 4). Each is drawn here as a few strong
// shapes in NHS.UK colours on a 100 × 100 grid, with no external files, and
// has a text alternative that names what it shows. The shapes are data, so
// the React component and the SVG string for the PDF renderer draw exactly the
// same picture.
//
// Contrast: every shape that carries meaning is outlined in NHS.UK text
// colour (#212b32, 15.6:1 on white) or filled in NHS blue (#005eb8, 5.9:1),
// dark blue (#003087, 11.6:1), green (#007f3b, 5.4:1) or red (#d5281b,
// 4.9:1), so it stands out at least 3:1 from the page (WCAG 1.4.11). Warm
// yellow and pale grey fill only inside a dark outline.

const INK = "#212b32";
const BLUE = "#005eb8";
const DARK_BLUE = "#003087";
const WHITE = "#ffffff";
const GREEN = "#007f3b";
const RED = "#d5281b";
const YELLOW = "#ffb81c";
const PALE = "#e8edee";

/** One SVG element: its tag, its attributes (SVG's own kebab-case names) and any text inside it. */
type Shape = readonly [tag: "rect" | "circle" | "path" | "line", attributes: Readonly<Record<string, string | number>>];

const outline = { stroke: INK, "stroke-width": 3, "stroke-linejoin": "round", "stroke-linecap": "round" } as const;

const rect = (x: number, y: number, width: number, height: number, fill: string, extra: Record<string, string | number> = {}): Shape => [
  "rect",
  { x, y, width, height, fill, ...outline, ...extra },
];
const circle = (cx: number, cy: number, r: number, fill: string, extra: Record<string, string | number> = {}): Shape => [
  "circle",
  { cx, cy, r, fill, ...outline, ...extra },
];
const shape = (d: string, fill: string, extra: Record<string, string | number> = {}): Shape => ["path", { d, fill, ...outline, ...extra }];
/** A thick line with no fill, such as a tick, a cross or a connecting line. */
const stroke = (d: string, colour: string, width = 6): Shape => [
  "path",
  { d, fill: "none", stroke: colour, "stroke-width": width, "stroke-linecap": "round", "stroke-linejoin": "round" },
];

/** A folder (a record) with its top-left corner at x, y: 34 wide, 26 high. */
const folder = (x: number, y: number, fill: string): Shape => shape(`M${x} ${y} h12 l4 5 h18 v21 h-34 z`, fill);
/** A person: head and shoulders, centred on cx, with the head's top at y and the body in the given colour. */
const person = (cx: number, y: number, scale: number, body: string): Shape[] => [
  circle(cx, y + 13 * scale, 13 * scale, WHITE),
  shape(`M${cx - 26 * scale} ${y + 70 * scale} v-12 a${26 * scale} ${22 * scale} 0 0 1 ${52 * scale} 0 v12 z`, body),
];
const tickMark = (cx: number, cy: number, colour: string, size = 1): Shape =>
  stroke(`M${cx - 9 * size} ${cy} l${6 * size} ${7 * size} l${12 * size} ${-14 * size}`, colour, 6 * size);
const crossMark = (cx: number, cy: number, colour: string, size = 1): Shape =>
  stroke(`M${cx - 8 * size} ${cy - 8 * size} l${16 * size} ${16 * size} M${cx + 8 * size} ${cy - 8 * size} l${-16 * size} ${16 * size}`, colour, 6 * size);
/** An envelope, 60 × 40, top-left at x, y. */
const envelope = (x: number, y: number, fill: string, flap: string): Shape[] => [
  rect(x, y, 60, 40, fill, { rx: 3 }),
  ["path", { d: `M${x + 2} ${y + 3} l28 20 l28 -20`, fill: "none", stroke: flap, "stroke-width": 3, "stroke-linejoin": "round", "stroke-linecap": "round" }],
];
/** A computer screen on a stand, with its screen area at 18..82 × 18..62. */
const computer = (): Shape[] => [
  rect(12, 12, 76, 56, DARK_BLUE, { rx: 4 }),
  rect(18, 18, 64, 44, WHITE, { stroke: "none" }),
  shape("M42 68 h16 l4 12 h-24 z", PALE),
  rect(28, 80, 44, 6, INK, { rx: 2 }),
];

const PICTURE_SHAPES = {
  record: [
    stroke("M25 25 L75 25 M25 25 L50 72 M75 25 L50 72", INK, 4),
    folder(8, 11, BLUE),
    folder(58, 11, GREEN),
    folder(33, 59, DARK_BLUE),
  ],
  doctor: [
    ...person(50, 14, 1, WHITE),
    stroke("M40 60 v10 a10 10 0 0 0 20 0 v-10", BLUE, 4),
    stroke("M50 80 v4", BLUE, 4),
    circle(50, 88, 4, BLUE, { "stroke-width": 2 }),
    stroke("M50 59 v25", INK, 2),
  ],
  nurse: [
    ...person(50, 14, 1, BLUE),
    stroke("M38 59 l12 10 l12 -10", WHITE, 4),
    circle(64, 74, 5, WHITE, { "stroke-width": 2 }),
    stroke("M64 71 v3 h2", INK, 2),
  ],
  hospital: [
    rect(14, 36, 72, 54, WHITE),
    rect(36, 10, 28, 28, BLUE),
    stroke("M43 16 v16 M57 16 v16 M43 24 h14", WHITE, 5),
    rect(22, 46, 12, 10, BLUE, { "stroke-width": 2 }),
    rect(66, 46, 12, 10, BLUE, { "stroke-width": 2 }),
    rect(22, 64, 12, 10, BLUE, { "stroke-width": 2 }),
    rect(66, 64, 12, 10, BLUE, { "stroke-width": 2 }),
    rect(42, 66, 16, 24, DARK_BLUE),
  ],
  "social-worker": [
    ...person(40, 14, 1, GREEN),
    rect(60, 48, 26, 34, WHITE, { rx: 2 }),
    rect(67, 44, 12, 7, INK, { rx: 2, "stroke-width": 2 }),
    stroke("M65 60 h16 M65 67 h16 M65 74 h10", BLUE, 3),
  ],
  "left-out": [
    shape("M10 27 v-6 h16 l5 6 z", BLUE),
    rect(10, 27, 60, 46, BLUE, { rx: 2 }),
    stroke("M56 60 v-10 a12 12 0 0 1 24 0 v10", INK, 5),
    rect(50, 58, 36, 30, YELLOW, { rx: 3 }),
    circle(68, 70, 4, INK, { "stroke-width": 1 }),
    stroke("M68 72 v8", INK, 4),
  ],
  choice: [
    rect(46, 10, 8, 82, INK, { rx: 2 }),
    shape("M44 18 h-26 l-10 11 l10 11 h26 z", GREEN),
    tickMark(28, 29, WHITE, 0.8),
    shape("M56 48 h26 l10 11 l-10 11 h-26 z", RED),
    crossMark(72, 59, WHITE, 0.7),
  ],
  "opt-out": [rect(12, 20, 52, 62, BLUE, { rx: 3 }), stroke("M22 36 h32 M22 48 h32 M22 60 h20", WHITE, 4), circle(68, 66, 20, RED), crossMark(68, 66, WHITE, 0.9)],
  "opt-in": [rect(12, 20, 52, 62, BLUE, { rx: 3 }), stroke("M22 36 h32 M22 48 h32 M22 60 h20", WHITE, 4), circle(68, 66, 20, GREEN), tickMark(68, 67, WHITE, 1)],
  "online-form": [
    ...computer(),
    stroke("M24 28 h30 M24 40 h30", BLUE, 4),
    rect(60, 24, 14, 10, WHITE, { "stroke-width": 2 }),
    rect(60, 36, 14, 10, WHITE, { "stroke-width": 2 }),
    tickMark(67, 40, GREEN, 0.5),
    rect(24, 50, 24, 8, GREEN, { rx: 2, "stroke-width": 2 }),
  ],
  "paper-form": [
    shape("M22 8 h40 l16 16 v68 h-56 z", WHITE),
    shape("M62 8 v16 h16", PALE),
    stroke("M32 30 h22 M32 50 h30 M32 70 h30", BLUE, 4),
    rect(32, 56, 8, 8, WHITE, { "stroke-width": 2 }),
    rect(32, 76, 8, 8, WHITE, { "stroke-width": 2 }),
    tickMark(36, 60, GREEN, 0.45),
  ],
  post: [...envelope(20, 30, WHITE, INK), rect(64, 34, 12, 14, RED, { "stroke-width": 2 }), stroke("M8 40 h8 M4 52 h12 M8 64 h8", BLUE, 4)],
  phone: [
    rect(30, 10, 36, 80, DARK_BLUE, { rx: 6 }),
    rect(35, 20, 26, 56, WHITE, { stroke: "none" }),
    circle(48, 83, 3, WHITE, { "stroke-width": 1 }),
    stroke("M74 36 a14 14 0 0 1 0 20 M81 29 a24 24 0 0 1 0 34", BLUE, 4),
  ],
  email: [
    circle(50, 50, 11, "none", { stroke: BLUE, "stroke-width": 7 }),
    stroke("M61 39 v17 a7 7 0 0 0 14 0 v-6 a25 25 0 1 0 -10 20", BLUE, 7),
  ],
  "acting-for-someone": [
    ...person(34, 10, 1.05, BLUE),
    ...person(72, 38, 0.75, GREEN),
    stroke("M50 70 q8 -6 12 -14", INK, 4),
  ],
  "turning-16": [
    rect(18, 50, 64, 38, WHITE, { rx: 3 }),
    shape("M18 58 q8 8 16 0 q8 8 16 0 q8 8 16 0 q8 8 16 0 v-5 a3 3 0 0 0 -3 -3 h-58 a3 3 0 0 0 -3 3 z", BLUE),
    rect(36, 30, 6, 20, YELLOW, { "stroke-width": 2 }),
    rect(58, 30, 6, 20, YELLOW, { "stroke-width": 2 }),
    shape("M39 16 q-6 8 0 12 q6 -4 0 -12 z", RED, { "stroke-width": 2 }),
    shape("M61 16 q-6 8 0 12 q6 -4 0 -12 z", RED, { "stroke-width": 2 }),
    stroke("M38 68 l5 -4 v20", DARK_BLUE, 4),
    stroke("M64 64 c-6 0 -10 5 -10 12 c0 5 3 8 7 8 c4 0 6 -3 6 -6 c0 -4 -3 -6 -6 -6 c-3 0 -6 2 -7 4", DARK_BLUE, 4),
  ],
  emergency: [
    rect(42, 14, 14, 10, BLUE, { rx: 2 }),
    shape("M8 24 h56 v46 h-56 z", WHITE),
    shape("M64 38 h16 l12 16 v16 h-28 z", WHITE),
    shape("M68 42 h10 l8 11 h-18 z", PALE, { "stroke-width": 2 }),
    rect(8, 52, 84, 8, GREEN, { "stroke-width": 2 }),
    rect(16, 52, 10, 8, YELLOW, { "stroke-width": 2 }),
    rect(36, 52, 10, 8, YELLOW, { "stroke-width": 2 }),
    stroke("M36 32 v16 M28 40 h16", BLUE, 6),
    circle(26, 74, 8, INK),
    circle(74, 74, 8, INK),
  ],
  safe: [stroke("M32 46 v-12 a18 18 0 0 1 36 0 v12", INK, 8), rect(22, 44, 56, 44, BLUE, { rx: 5 }), circle(50, 62, 6, WHITE, { stroke: "none" }), stroke("M50 64 v12", WHITE, 6)],
  contact: [
    shape("M14 16 h72 a6 6 0 0 1 6 6 v40 a6 6 0 0 1 -6 6 h-40 l-18 16 v-16 h-14 a6 6 0 0 1 -6 -6 v-40 a6 6 0 0 1 6 -6 z", BLUE),
    circle(32, 42, 5, WHITE, { stroke: "none" }),
    circle(50, 42, 5, WHITE, { stroke: "none" }),
    circle(68, 42, 5, WHITE, { stroke: "none" }),
  ],
  calendar: [
    rect(14, 20, 72, 68, WHITE, { rx: 4 }),
    shape("M14 24 a4 4 0 0 1 4 -4 h64 a4 4 0 0 1 4 4 v14 h-72 z", RED),
    stroke("M32 12 v16 M68 12 v16", INK, 6),
    rect(24, 46, 10, 10, PALE, { "stroke-width": 2 }),
    rect(45, 46, 10, 10, PALE, { "stroke-width": 2 }),
    rect(66, 46, 10, 10, PALE, { "stroke-width": 2 }),
    rect(24, 66, 10, 10, PALE, { "stroke-width": 2 }),
    circle(50, 71, 11, "none", { stroke: BLUE, "stroke-width": 5 }),
    rect(66, 66, 10, 10, PALE, { "stroke-width": 2 }),
  ],
  film: [rect(10, 18, 80, 56, DARK_BLUE, { rx: 5 }), shape("M42 32 l22 14 l-22 14 z", WHITE), stroke("M20 84 h60", BLUE, 5), circle(40, 84, 5, WHITE)],
  information: [circle(50, 50, 40, BLUE), circle(50, 30, 6, WHITE, { stroke: "none" }), stroke("M50 46 v26", WHITE, 10)],
  wait: [circle(50, 50, 38, WHITE), stroke("M50 24 v26 l16 12", BLUE, 6), circle(50, 50, 4, INK, { "stroke-width": 1 })],
  evidence: [
    shape("M18 10 h44 l14 14 v66 h-58 z", WHITE),
    stroke("M28 28 h26 M28 40 h38 M28 52 h38", BLUE, 4),
    shape("M60 76 l-6 18 l8 -4 l6 6 l2 -18 z", RED, { "stroke-width": 2 }),
    circle(64, 72, 11, RED),
    circle(64, 72, 5, WHITE, { "stroke-width": 2 }),
  ],
  home: [shape("M50 12 l40 34 h-10 v42 h-60 v-42 h-10 z", WHITE), shape("M50 12 l40 34 h-80 z", BLUE), rect(42, 62, 16, 26, DARK_BLUE), rect(26, 54, 10, 10, PALE, { "stroke-width": 2 }), rect(64, 54, 10, 10, PALE, { "stroke-width": 2 })],
} as const satisfies Record<string, readonly Shape[]>;

export type EasyReadPictureName = keyof typeof PICTURE_SHAPES;

/** Each picture's text alternative: what the picture shows, in a few words. */
export const EASY_READ_PICTURES: Readonly<Record<EasyReadPictureName, string>> = {
  record: "Three folders joined together: the joined-up record",
  doctor: "A doctor with a stethoscope",
  nurse: "A nurse in a blue uniform",
  hospital: "A hospital building",
  "social-worker": "A social worker holding notes",
  "left-out": "A folder with a padlock: information that is left out",
  choice: "A signpost with a tick one way and a cross the other: your choice",
  "opt-out": "A record with a red cross: opting out",
  "opt-in": "A record with a green tick: opting back in",
  "online-form": "A computer showing a form: doing it online",
  "paper-form": "A paper form with tick boxes",
  post: "A letter in an envelope with a stamp: sending by post",
  phone: "A mobile phone ringing: calling us",
  email: "The @ sign: email",
  "acting-for-someone": "Two people: one person helping another",
  "turning-16": "A birthday cake with the number 16",
  emergency: "An ambulance: an emergency",
  safe: "A padlock: information kept safe",
  contact: "A speech bubble: talk to us",
  calendar: "A calendar with a date circled",
  film: "A screen with a play button: a film",
  information: "The letter i in a circle: information",
  wait: "A clock: this takes some time",
  evidence: "A paper with a seal: proof",
  home: "A house: where you live",
};

export function isEasyReadPictureName(name: string): name is EasyReadPictureName {
  return Object.hasOwn(PICTURE_SHAPES, name);
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** The picture as inline SVG, named for assistive technology by its text alternative. */
export function EasyReadPicture({ name }: { name: EasyReadPictureName }) {
  const alt = EASY_READ_PICTURES[name];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 100 100"
      width="100"
      height="100"
      className="easy-read-picture"
      role="img"
      aria-label={alt}
      focusable="false"
    >
      <title>{alt}</title>
      {PICTURE_SHAPES[name].map(([tag, attributes], index) =>
        createElement(tag, { key: index, ...Object.fromEntries(Object.entries(attributes).map(([key, value]) => [camelCase(key), value])) }),
      )}
    </svg>
  );
}

/** The same picture as SVG markup, for the PDF renderer. */
export function easyReadPictureSvg(name: EasyReadPictureName): string {
  const alt = escapeXml(EASY_READ_PICTURES[name]);
  const shapes = PICTURE_SHAPES[name]
    .map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([key, value]) => `${key}="${escapeXml(String(value))}"`).join(" ")}></${tag}>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100" class="easy-read-picture" role="img" aria-label="${alt}" focusable="false"><title>${alt}</title>${shapes}</svg>`;
}
