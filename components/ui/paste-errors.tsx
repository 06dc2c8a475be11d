import { formatInteger } from "@/lib/format/number";
import { Notice } from "./notice";

/** Why a paste was not saved: the first ten problems, each naming its row. */
export function PasteErrors({ errors }: { errors: string[] }) {
  return (
    <Notice tone="error">
      <p className="font-medium">Tempelan tidak disimpan:</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.slice(0, 10).map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {errors.length > 10 && <p>… dan {formatInteger(errors.length - 10)} lainnya.</p>}
    </Notice>
  );
}
