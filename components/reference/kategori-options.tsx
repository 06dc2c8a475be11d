import { KATEGORI_LABELS, KATEGORI_ORDER } from "./kategori";

/** The options of a kategori filter: "all" first, then each kategori by name and code. */
export function KategoriOptions({ allLabel }: { allLabel: string }) {
  return (
    <>
      <option value="">{allLabel}</option>
      {KATEGORI_ORDER.map((k) => (
        <option key={k} value={k}>
          {KATEGORI_LABELS[k]} ({k})
        </option>
      ))}
    </>
  );
}
