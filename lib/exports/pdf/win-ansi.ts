/**
 * pdfkit's built-in fonts (Helvetica: no font file to ship, nothing to embed) encode text as
 * WinAnsi. A character outside it would print as unrelated glyphs, so text is mapped first:
 * accents dropped where the letter exists without one, anything else shown as "?".
 */

/** The printable characters WinAnsi (Windows-1252) has besides ASCII and Latin-1. */
const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const EXTRA = new Set(CP1252_EXTRA);

function encodable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(char);
}

/** Text pdfkit's standard fonts print as written; line breaks and tabs become spaces. */
export function winAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (encodable(char)) out += char;
    else if (/\s/.test(char)) out += " ";
    else {
      const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base !== "" && [...base].every(encodable) ? base : "?";
    }
  }
  return out;
}
