import { Button } from "./button";

/**
 * A dialog form's closing row: the primary action (submit, or `onConfirm` outside a form), its
 * busy label while it runs, and "Batal", both disabled meanwhile so nothing is sent twice.
 */
export function FormActions({
  label,
  busyLabel,
  busy,
  disabled = false,
  onConfirm,
  onCancel,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  onConfirm?: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="flex gap-3">
      <Button type={onConfirm ? "button" : "submit"} onClick={onConfirm} disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
        Batal
      </Button>
    </div>
  );
}
