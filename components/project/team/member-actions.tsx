"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { controlClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { apiFetch } from "@/lib/api/client";
import { formatDay } from "@/lib/format/date";
import { MEMBER_ROLES, ROLE_LABELS, type MemberRole } from "@/lib/projects/roles";
import type { Member } from "./team-panel";

/** One change to the team: the request (given the project's API path), what to say once done, and what follows. */
export interface MemberChange {
  request: (projectPath: string) => Promise<unknown>;
  done: string;
  /** Re-read the team (default), re-render the whole page (the caller's role changed), or leave the project. */
  after?: "refresh" | "leave";
}

type Confirm = "remove" | "transfer" | "leave";

interface Props {
  member: Member;
  me: string;
  isOwner: boolean;
  /** Resolves to the refusal's message, or null once done. */
  onChange: (change: MemberChange) => Promise<string | null>;
}

/** A member row's Peran, Sejak and Aksi cells: what the caller may do to this member. */
export function MemberActions({ member, me, isOwner, onChange }: Props) {
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const manageable = isOwner && member.role !== "owner";
  const leaving = !isOwner && member.userId === me;
  return (
    <>
      <td className="px-3 py-2">{manageable ? <RoleSelect member={member} onChange={onChange} /> : ROLE_LABELS[member.role]}</td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatDay(member.addedAt)}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap justify-end gap-2">
          {manageable && (
            <>
              <Button
                variant="secondary"
                className="px-3 py-1"
                onClick={() => setConfirm("transfer")}
                aria-label={`Jadikan ${member.name} pemilik`}
              >
                Jadikan pemilik
              </Button>
              <Button variant="danger" className="px-3 py-1" onClick={() => setConfirm("remove")} aria-label={`Keluarkan ${member.name}`}>
                Keluarkan
              </Button>
            </>
          )}
          {leaving && (
            <Button variant="danger" className="px-3 py-1" onClick={() => setConfirm("leave")}>
              Keluar dari proyek
            </Button>
          )}
        </div>
        {confirm && <ConfirmDialog kind={confirm} member={member} onClose={() => setConfirm(null)} onChange={onChange} />}
      </td>
    </>
  );
}

/** The owner's role choice for a member; a change is saved at once and a refusal shown at the select. */
function RoleSelect({ member, onChange }: Pick<Props, "member" | "onChange">) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function choose(role: MemberRole) {
    setBusy(true);
    const refusal = await onChange({
      request: (project) => apiFetch(`${project}/members/${member.userId}`, { method: "PATCH", json: { role } }),
      done: `Peran ${member.name} kini ${ROLE_LABELS[role]}.`,
    });
    setError(refusal);
    setBusy(false);
  }
  return (
    <div className="min-w-32 space-y-1">
      <select
        aria-label={`Peran ${member.name}`}
        value={member.role}
        disabled={busy}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => void choose(e.target.value as MemberRole)}
        className={`${controlClass} py-1`}
      >
        {MEMBER_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** What each confirmation says (the consequence, in plain words) and the change it makes. */
function confirmation(kind: Confirm, member: Member): { title: string; text: string; label: string; change: MemberChange } {
  const path = (project: string) => `${project}/members/${member.userId}`;
  switch (kind) {
    case "remove":
      return {
        title: `Keluarkan ${member.name}?`,
        text: `${member.name} (${member.email}) tidak lagi dapat membuka proyek ini, mulai permintaan berikutnya. Anda dapat mengundangnya lagi nanti.`,
        label: "Keluarkan",
        change: { request: (p) => apiFetch(path(p), { method: "DELETE" }), done: `${member.name} dikeluarkan dari proyek.` },
      };
    case "transfer":
      return {
        title: `Jadikan ${member.name} pemilik?`,
        text: `${member.name} menjadi pemilik proyek ini. Anda menjadi editor: Anda tetap dapat mengubah RAB, tetapi tidak lagi mengelola tim, mengarsipkan proyek, atau mengalihkan kepemilikan.`,
        label: "Alihkan kepemilikan",
        change: {
          request: (p) => apiFetch(`${p}/transfer`, { method: "POST", json: { userId: member.userId } }),
          done: `${member.name} kini pemilik proyek. Anda editor.`,
          after: "refresh",
        },
      };
    case "leave":
      return {
        title: "Keluar dari proyek?",
        text: "Anda tidak lagi dapat membuka proyek ini. Untuk kembali, pemilik perlu mengundang Anda lagi.",
        label: "Keluar dari proyek",
        change: { request: (p) => apiFetch(path(p), { method: "DELETE" }), done: "Anda telah keluar dari proyek.", after: "leave" },
      };
  }
}

function ConfirmDialog({
  kind,
  member,
  onClose,
  onChange,
}: { kind: Confirm; member: Member; onClose: () => void } & Pick<Props, "onChange">) {
  const { title, text, label, change } = confirmation(kind, member);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    const refusal = await onChange(change);
    setBusy(false);
    if (refusal) setError(refusal);
    else onClose();
  }
  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{text}</p>
        {error && (
          <p role="alert" className="text-sm text-red-600">
            {error}
          </p>
        )}
        <FormActions label={label} busyLabel="Memproses…" busy={busy} onConfirm={() => void run()} onCancel={onClose} />
      </div>
    </Dialog>
  );
}
