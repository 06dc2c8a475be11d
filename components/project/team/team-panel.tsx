"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { useApiData } from "@/components/ui/use-api-data";
import { asClientError } from "@/components/ui/use-api-action";
import { formatDay } from "@/lib/format/date";
import type { Wire } from "@/lib/kernel/wire";
import type { TeamView } from "@/lib/members/types";
import { ROLE_LABELS, type ProjectRole } from "@/lib/projects/roles";
import { InviteForm } from "./invite-form";
import { MemberActions, type MemberChange } from "./member-actions";

export type Team = Wire<TeamView>;
export type Member = Team["members"][number];

/**
 * The team page: who works on the project, with which role, since when, and who is invited.
 * The owner invites, changes roles, removes and hands over ownership; anyone else may leave.
 */
export function TeamPanel({ projectId, me, role, initial }: { projectId: string; me: string; role: ProjectRole; initial: Team }) {
  const router = useRouter();
  const base = `/api/v1/projects/${projectId}`;
  const team = useApiData(initial, `${base}/members`);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const isOwner = role === "owner";

  /** Runs one change; on success re-reads the team (or leaves the page) and says what happened. */
  async function change({ request, done, after }: MemberChange): Promise<string | null> {
    setStatus(null);
    setFailure(null);
    try {
      await request(base);
    } catch (e) {
      const error = asClientError(e);
      const message = error.fields[0]?.message ?? error.message;
      setFailure(message);
      return message;
    }
    setStatus(done);
    if (after === "leave") router.push("/dashboard");
    else if (after === "refresh") router.refresh();
    else await team.reload().catch(() => undefined);
    return null;
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="members-title" className="space-y-3">
        <div>
          <h2 id="members-title" className="text-lg font-semibold">
            Anggota
          </h2>
          <p className="text-sm text-slate-600">
            Pemilik mengelola tim dan proyek; editor mengubah RAB; peninjau membaca semua halaman dan mengunduh dokumen.
          </p>
        </div>
        <p role="status" className="text-sm text-slate-700 empty:hidden">
          {status}
        </p>
        {failure && <Notice tone="error">{failure}</Notice>}
        {/* relative: the screen-reader-only header text is positioned inside the scrolling box, not past the page edge. */}
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Anggota proyek</caption>
            <thead className="bg-slate-100 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Anggota
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Peran
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Sejak
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Aksi</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.data.members.map((member) => (
                <tr key={member.userId} className="border-t border-slate-100 align-top">
                  <th scope="row" className="min-w-44 px-3 py-2 text-left font-normal">
                    <span className="block font-medium">
                      {member.name}
                      {member.userId === me && <span className="font-normal text-slate-500"> (Anda)</span>}
                    </span>
                    <span className="block break-all text-slate-600">{member.email}</span>
                  </th>
                  <MemberActions member={member} me={me} isOwner={isOwner} onChange={change} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <Invitations invitations={team.data.invitations} />
      {isOwner && <InviteForm projectId={projectId} onAdded={team.reload} />}
    </div>
  );
}

function Invitations({ invitations }: { invitations: Team["invitations"] }) {
  return (
    <section aria-labelledby="invitations-title" className="space-y-2">
      <h2 id="invitations-title" className="text-lg font-semibold">
        Undangan menunggu pendaftaran
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada undangan yang menunggu.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {invitations.map((invitation) => (
            <li key={invitation.email} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-3 py-2">
              <span className="break-all">{invitation.email}</span>
              <span className="text-slate-600">
                {ROLE_LABELS[invitation.role]} · diundang {formatDay(invitation.invitedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
