/**
 * The PDFs' font: DejaVu Sans Condensed (npm dejavu-fonts-ttf), regular and bold. It has full
 * Latin and the signs official AHSP texts use (∅ Ø ² ³ ± ≤ ≥ ° ½ ¼ × ÷ – — ’ “ ”), which
 * pdfkit's standard Helvetica (WinAnsi only) can not print; condensed, it is about as wide as
 * Helvetica, so the table layouts keep their widths. pdfkit embeds only the glyphs a
 * document uses.
 *
 * The files are read from node_modules under the working directory: the project root in dev
 * and `next start`, the standalone folder in production, where next.config.ts'
 * outputFileTracingIncludes copies them (Next can not trace a file read at run time).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Doc = PDFKit.PDFDocument;

export const FONT = { regular: "DejaVuSansCondensed", bold: "DejaVuSansCondensed-Bold" } as const;

/**
 * The font files, relative to the app's root (the working directory). Literal names: with a
 * computed one, Next's tracer copies the package's whole folder (22 fonts, 14 MB).
 */
export const FONT_FILES = {
  regular: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf",
  bold: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf",
};

let files: Record<keyof typeof FONT, Buffer> | undefined;

/** Read once per process; each document then parses only the bytes in memory. */
function fontFiles(): Record<keyof typeof FONT, Buffer> {
  files ??= {
    regular: readFileSync(path.join(process.cwd(), FONT_FILES.regular)),
    bold: readFileSync(path.join(process.cwd(), FONT_FILES.bold)),
  };
  return files;
}

/** Makes FONT.regular and FONT.bold usable in `doc.font()`; starts in the regular one. */
export function registerFonts(doc: Doc): Doc {
  const { regular, bold } = fontFiles();
  return doc.registerFont(FONT.regular, regular).registerFont(FONT.bold, bold).font(FONT.regular);
}

/** Text as printed: composed (NFC), line breaks and tabs as spaces (a cell or footer is one flow of words). */
export function pdfText(text: string): string {
  return text.normalize("NFC").replace(/[\t\n\v\f\r\u2028\u2029]/g, " ");
}
