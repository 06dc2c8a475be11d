import Link from "next/link";

/** A step that needs pekerjaan first points back to List Pekerjaan. */
export function EmptyStep({ projectId, children }: { projectId: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
      <p className="text-slate-700">{children}</p>
      <Link href={`/projects/${projectId}/pekerjaan`} className="mt-3 inline-block font-medium text-brand-700 hover:underline">
        Ke List Pekerjaan
      </Link>
    </div>
  );
}
