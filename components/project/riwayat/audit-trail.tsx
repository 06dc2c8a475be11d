"use client";

import { useMemo, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { auditDiff, hasDetails, summarizeDiff } from "@/lib/audit/diff";
import { actionLabel, entityLabel, entrySubject } from "@/lib/audit/labels";
import type { AuditPerson } from "@/lib/audit/types";
import { formatJakartaDay, formatJakartaTime, jakartaDate } from "@/lib/format/date";
import { formatInteger } from "@/lib/format/number";
import { AuditDiffView } from "./audit-diff";
import { filterQuery, filtersFrom, type AuditFilters } from "./filters";
import { useAuditTrail, type AuditEntry, type LoadedTrail } from "./use-audit-trail";

interface Props {
  projectId: string;
  /** The kinds the trail records (lib/audit AUDIT_ENTITIES), for the kind filter. */
  entities: readonly string[];
  people: AuditPerson[];
  initial: LoadedTrail;
}

/** Who changed what in the project, newest first by WIB day, filtered through the address. */
export function AuditTrail({ projectId, entities, people, initial }: Props) {
  const { key, loaded, loading, loadingMore, loadMore } = useAuditTrail(projectId, initial);
  const current = new URLSearchParams(key);
  const filters = filtersFrom((k) => current.get(k));
  const names = useMemo(
    () => ({ ...Object.fromEntries(people.map((p) => [p.id, personName(p)])), ...loaded.pekerjaan }),
    [people, loaded.pekerjaan],
  );
  const fieldError = (name: string) => loaded.error?.fields.find((f) => f.path === `query.${name}`)?.message;

  return (
    <div className="space-y-5">
      <FilterForm key={key} filters={filters} entities={entities} people={people} fieldError={fieldError} />
      <p aria-live="polite" className="text-sm text-slate-600">
        {loading ? "Memuat riwayat…" : statusText(loaded)}
      </p>
      {loaded.error && !loaded.error.fields.length && <Notice tone="error">{loaded.error.message}</Notice>}
      {!loading && <DayGroups entries={loaded.entries} names={names} />}
      {!loading && loaded.nextCursor && (
        <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? "Memuat…" : "Muat lebih banyak"}
        </Button>
      )}
    </div>
  );
}

function FilterForm(props: {
  filters: AuditFilters;
  entities: readonly string[];
  people: AuditPerson[];
  fieldError: (name: string) => string | undefined;
}) {
  const { filters, fieldError } = props;
  // The address holds the filters: pushing it lets Back undo a filter and a copied link share it.
  const go = (next: AuditFilters) => {
    const query = filterQuery(next).toString();
    window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    go(filtersFrom((k) => data.get(k)?.toString()));
  };
  const active = Object.values(filters).some(Boolean);
  return (
    <form
      onSubmit={submit}
      aria-label="Saring riwayat"
      className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      <SelectField label="Orang" name="userId" defaultValue={filters.userId} error={fieldError("userId")}>
        <option value="">Semua orang</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {personName(p)}
          </option>
        ))}
      </SelectField>
      <SelectField label="Jenis" name="entity" defaultValue={filters.entity} error={fieldError("entity")}>
        <option value="">Semua jenis</option>
        {props.entities.map((entity) => (
          <option key={entity} value={entity}>
            {entityLabel(entity)}
          </option>
        ))}
      </SelectField>
      <Field label="Dari tanggal" type="date" name="from" defaultValue={filters.from} error={fieldError("from")} />
      <Field label="Sampai tanggal" type="date" name="to" defaultValue={filters.to} error={fieldError("to")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Terapkan</Button>
        {active && (
          <Button type="button" variant="secondary" onClick={() => go(filtersFrom(() => ""))}>
            Hapus saringan
          </Button>
        )}
      </div>
    </form>
  );
}

function statusText(loaded: LoadedTrail): string {
  if (loaded.error) return "";
  if (loaded.entries.length === 0) return "Tidak ada perubahan yang cocok.";
  const shown = `${formatInteger(loaded.entries.length)} perubahan ditampilkan`;
  return `${shown}${loaded.nextCursor ? ", masih ada yang lebih lama" : ""}. Waktu dalam WIB.`;
}

function DayGroups({ entries, names }: { entries: AuditEntry[]; names: Record<string, string> }) {
  return byDay(entries).map(({ day, entries: ofDay }) => (
    <section key={day} aria-labelledby={`hari-${day}`}>
      <h3 id={`hari-${day}`} className="border-b border-slate-200 pb-1 text-base font-semibold text-slate-800">
        {formatJakartaDay(day)}
      </h3>
      <ol className="divide-y divide-slate-100">
        {ofDay.map((entry) => (
          <EntryItem key={entry.id} entry={entry} names={names} />
        ))}
      </ol>
    </section>
  ));
}

function EntryItem({ entry, names }: { entry: AuditEntry; names: Record<string, string> }) {
  const diff = auditDiff(entry.before, entry.after);
  const subject = entrySubject(entry, names);
  const summary = summarizeDiff(diff);
  return (
    <li className="py-3" data-testid="audit-entry">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <time dateTime={entry.createdAt} className="text-slate-600 tabular-nums">
          {formatJakartaTime(entry.createdAt)}
        </time>{" "}
        <span className="font-medium">{entry.user ? personName(entry.user) : "Sistem"}</span>{" "}
        <span>
          {entityLabel(entry.entity)} {actionLabel(entry.action)}
        </span>
        {subject && <span className="break-words text-slate-600"> · {subject}</span>}
      </p>
      {hasDetails(diff) && (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm text-brand-700">
            Lihat perubahan{summary && <span className="text-slate-600"> ({summary})</span>}
          </summary>
          <AuditDiffView diff={diff} names={names} />
        </details>
      )}
    </li>
  );
}

function personName(person: { name: string }): string {
  return person.name || "Akun terhapus";
}

/** Consecutive entries of one WIB day; the list is newest first, so each day appears once. */
function byDay(entries: AuditEntry[]): { day: string; entries: AuditEntry[] }[] {
  const groups: { day: string; entries: AuditEntry[] }[] = [];
  for (const entry of entries) {
    const day = jakartaDate(new Date(entry.createdAt));
    const last = groups.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}
