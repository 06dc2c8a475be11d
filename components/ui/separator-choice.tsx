"use client";

import { formatDecimal, type DecimalSeparator } from "@/lib/format/number";
import { terbilangAngka } from "@/lib/calc/terbilang";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * Asked once for a whole paste whose dots could be decimals or thousands (`15.750`): the two
 * readings of one of its values, as buttons (keyboard: Tab and Enter; Escape cancels).
 */
export function SeparatorChoice({
  example,
  onChoose,
  onCancel,
}: {
  example: string | null;
  onChoose: (separator: DecimalSeparator) => void;
  onCancel: () => void;
}) {
  const [whole = "", fraction = ""] = (example ?? "").replace(/^[+-]/, "").split(".");
  const asDecimal = formatDecimal(`${whole}.${fraction}`);
  const asThousands = formatDecimal(`${whole}${fraction}`);
  return (
    <Dialog open={example !== null} onClose={onCancel} title="Bagaimana membaca titik pada tempelan ini?">
      {example !== null && (
        <div className="space-y-4 text-sm">
          <p>
            Tempelan berisi angka seperti <code>{example}</code> yang bisa berarti dua hal. Pilihan berlaku untuk seluruh tempelan.
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button onClick={() => onChoose("dot")}>
              Titik = desimal: {example} dibaca {asDecimal}
            </Button>
            <Button onClick={() => onChoose("comma")}>
              Titik = ribuan: {example} dibaca {asThousands} ({terbilangAngka(`${whole}${fraction}`)})
            </Button>
          </div>
          <Button variant="secondary" onClick={onCancel}>
            Batal, jangan simpan
          </Button>
        </div>
      )}
    </Dialog>
  );
}
