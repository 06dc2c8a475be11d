"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The invitation link when no email went out: the server has no SMTP configured (or the send
 * failed), so the owner copies the link and passes it on by hand.
 */
export function InviteLink({ link }: { link: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Tautan disalin.");
    } catch {
      // No clipboard permission (e.g. plain http): select the text so Ctrl+C copies it.
      input.current?.select();
      setCopied("Tautan dipilih: tekan Ctrl+C untuk menyalin.");
    }
  }

  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p id={`${id}-why`}>
        Email belum dikonfigurasi di server ini, jadi pemberitahuan tidak terkirim. Teruskan tautan ini sendiri kepada orang yang diundang.
      </p>
      <div className="flex flex-wrap gap-2">
        <label htmlFor={id} className="sr-only">
          Tautan undangan
        </label>
        <input
          id={id}
          ref={input}
          readOnly
          value={link}
          aria-describedby={`${id}-why`}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-800"
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Salin tautan
        </Button>
      </div>
      <p role="status" className="text-xs">
        {copied}
      </p>
    </div>
  );
}
