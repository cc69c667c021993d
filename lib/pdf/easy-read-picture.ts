import { easyReadPictureShapes, type EasyReadPictureName, type EasyReadShape } from "../../components/easy-read/pictures";

// Draws an Easy Read picture (components/easy-read/pictures.tsx) into a PDF
// with pdfkit's own vector operators, from the same shape data the web pages
// draw as inline SVG: no raster image, sharp at any zoom and in print. Each
// shape is painted as SVG paints it: fill first, then stroke, with SVG's
// defaults (fill black, no stroke, stroke width 1, butt caps, miter joins)
// where an attribute is not given. The caller marks the drawing as a Figure.

/** The pictures' own grid: a viewBox of 0 0 100 100. */
export const PICTURE_GRID = 100;

type Attributes = EasyReadShape[1];

const numberOf = (attributes: Attributes, key: string, fallback = 0): number => {
  const value = attributes[key];
  if (value === undefined) return fallback;
  const parsed = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`Easy Read picture: ${key}="${String(value)}" is not a number`);
  return parsed;
};

/** A paint (fill or stroke) or undefined for "none". */
function paintOf(attributes: Attributes, key: "fill" | "stroke", fallback: string | undefined): string | undefined {
  const value = attributes[key];
  if (value === undefined) return fallback;
  const paint = String(value).trim();
  return paint === "none" || paint === "transparent" ? undefined : paint;
}

const LINE_CAPS = { butt: "butt", round: "round", square: "square" } as const;
const LINE_JOINS = { miter: "miter", round: "round", bevel: "bevel" } as const;

/** Builds the shape's outline as the current path. */
function outline(doc: PDFKit.PDFDocument, [tag, attributes]: EasyReadShape): void {
  switch (tag) {
    case "rect": {
      const [x, y, width, height] = [numberOf(attributes, "x"), numberOf(attributes, "y"), numberOf(attributes, "width"), numberOf(attributes, "height")];
      // SVG uses rx for both corners' radii when ry is not given (and vice versa); pdfkit's corners are round.
      const radius = Math.min(numberOf(attributes, "rx", numberOf(attributes, "ry")), width / 2, height / 2);
      if (radius > 0) doc.roundedRect(x, y, width, height, radius);
      else doc.rect(x, y, width, height);
      return;
    }
    case "circle":
      doc.circle(numberOf(attributes, "cx"), numberOf(attributes, "cy"), numberOf(attributes, "r"));
      return;
    case "path":
      doc.path(String(attributes.d ?? ""));
      return;
    case "line":
      doc.moveTo(numberOf(attributes, "x1"), numberOf(attributes, "y1")).lineTo(numberOf(attributes, "x2"), numberOf(attributes, "y2"));
      return;
  }
}

/**
 * Draws the picture with its top-left corner at (x, y), `size` points square.
 * Stroke widths scale with the picture, as they do in the SVG.
 */
export function drawEasyReadPicture(doc: PDFKit.PDFDocument, name: EasyReadPictureName, x: number, y: number, size: number): void {
  doc.save();
  doc.translate(x, y).scale(size / PICTURE_GRID);
  for (const shape of easyReadPictureShapes(name)) {
    const [tag, attributes] = shape;
    // A line has no inside to fill.
    const fill = tag === "line" ? undefined : paintOf(attributes, "fill", "#000000");
    const stroke = paintOf(attributes, "stroke", undefined);
    const strokeWidth = numberOf(attributes, "stroke-width", 1);
    if (!fill && (!stroke || strokeWidth <= 0)) continue;
    doc.save();
    if (stroke) {
      doc.lineWidth(strokeWidth);
      doc.lineCap(LINE_CAPS[String(attributes["stroke-linecap"] ?? "butt") as keyof typeof LINE_CAPS] ?? "butt");
      doc.lineJoin(LINE_JOINS[String(attributes["stroke-linejoin"] ?? "miter") as keyof typeof LINE_JOINS] ?? "miter");
    }
    outline(doc, shape);
    if (fill && stroke && strokeWidth > 0) doc.fillAndStroke(fill, stroke);
    else if (fill) doc.fill(fill);
    else doc.stroke(stroke);
    doc.restore();
  }
  doc.restore();
}
