"use client";

export type LibrarySource = "ref" | "ref_modified";

/** How library items join the project: the analysis as published (read-only) or an editable copy. */
export function SourceChoice({ value, onChange }: { value: LibrarySource; onChange: (value: LibrarySource) => void }) {
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium text-slate-700">Cara memakai item</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name="source" checked={value === "ref"} onChange={() => onChange("ref")} />
        <span>
          <strong>Referensi</strong>: analisa seperti terbit, hanya-baca (dapat diubah jadi modifikasi kelak).
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input type="radio" name="source" checked={value === "ref_modified"} onChange={() => onChange("ref_modified")} />
        <span>
          <strong>Modifikasi</strong>: salinan yang baris analisanya dapat diubah.
        </span>
      </label>
    </fieldset>
  );
}
