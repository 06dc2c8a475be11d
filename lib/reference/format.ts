/**
 * id-ID display of exact decimal strings ("1234.5" → "1.234,5"), done on the text so that
 * a koefisien never passes through a float on its way to the screen.
 */
export function formatDecimalId(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction] = (negative ? value.slice(1) : value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}
