"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import type { Wire } from "@/lib/kernel/wire";
import type { AddMemberResult } from "@/lib/members/types";
import { ROLE_LABELS, type MemberRole } from "@/lib/projects/roles";
import { InviteLink } from "./invite-link";

export type Added = Wire<AddMemberResult>;

type Errors = { email?: string | undefined; role?: string | undefined; form?: string | undefined };

/** The API's refusal where it belongs: field errors at their field, a 409 at the email, the rest above the form. */
function errorsOf(error: ReturnType<typeof asClientError>): Errors {
  if (error.status === 409) return { email: "Pengguna ini sudah menjadi anggota proyek. Ubah perannya di daftar anggota." };
  const email = error.fieldMessage("email");
  const role = error.fieldMessage("role");
  return email || role ? { email, role } : { form: error.message };
}

function addedText(added: Added): string {
  if (added.status === "member") return `${added.member.name} (${added.member.email}) kini ${ROLE_LABELS[added.member.role]} proyek ini.`;
  const { email, role } = added.invitation;
  return `Undangan sebagai ${ROLE_LABELS[role]} dibuat untuk ${email}: ia menjadi anggota begitu mendaftar dengan email ini.`;
}

/**
 * The owner adds someone by email and role. A registered email is a member at once, another
 * one a pending invitation; when the mail did not go out (no SMTP) the link is shown to pass on.
 */
export function InviteForm({ projectId, onAdded }: { projectId: string; onAdded: () => Promise<unknown> }) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    if (!email) return setErrors({ email: "Isi email orang yang diundang." });
    setBusy(true);
    setErrors({});
    setAdded(null);
    try {
      const result = await apiFetch<Added>(`/api/v1/projects/${projectId}/members`, {
        method: "POST",
        json: { email, role: String(data.get("role")) as MemberRole },
      });
      setAdded(result);
      form.reset();
      await onAdded();
    } catch (e) {
      setErrors(errorsOf(asClientError(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="invite-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="invite-title" className="text-lg font-semibold">
        Undang anggota
      </h2>
      <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start">
        <Field label="Email" name="email" type="email" autoComplete="off" error={errors.email} disabled={busy} />
        <SelectField label="Peran" name="role" defaultValue="editor" error={errors.role} disabled={busy}>
          <option value="editor">Editor: mengubah RAB</option>
          <option value="viewer">Peninjau: hanya membaca</option>
        </SelectField>
        <Button type="submit" disabled={busy} className="sm:mt-6">
          {busy ? "Mengundang…" : "Undang"}
        </Button>
      </form>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {added && (
        <div className="space-y-2">
          <Notice tone="info">
            {addedText(added)} {added.notice.delivered && "Email pemberitahuan telah dikirim."}
          </Notice>
          {!added.notice.delivered && <InviteLink link={added.notice.link} />}
        </div>
      )}
    </section>
  );
}
