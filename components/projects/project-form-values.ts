/**
 * The project form's text fields ↔ the API body. Pure, so the rules (blank optional fields
 * become null, amounts are read id-ID or "." style and sent as "." decimal strings) are
 * tested without a browser.
 */
import { parseTyped, toInputText } from "@/lib/format/number";
import { REQUIRED_MESSAGE } from "@/lib/kernel/messages";
import type { ProjectView } from "@/lib/projects/types";
import type { Wire } from "@/lib/kernel/wire";

export const PARTIES = [
  { key: "owner", label: "Pemilik pekerjaan / PPK" },
  { key: "contractor", label: "Kontraktor pelaksana" },
  { key: "planningConsultant", label: "Konsultan perencana" },
  { key: "supervisingConsultant", label: "Konsultan pengawas" },
] as const;

export type PartyKey = (typeof PARTIES)[number]["key"];
export interface Party {
  name: string;
  title: string;
}

export type ProjectData = Wire<ProjectView>;

export const TEXT_FIELDS = [
  "name",
  "location",
  "client",
  "fundingSource",
  "startDate",
  "durationDays",
  "fiscalYear",
  "ownerBudget",
  "description",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type ProjectFormValues = Record<TextField, string> & { parties: Record<PartyKey, Party> };

export interface ProjectBody {
  name: string;
  location: string;
  client: string;
  fundingSource: string;
  startDate: string;
  durationDays: number;
  fiscalYear: number | null;
  ownerBudget: string | null;
  description: string | null;
  parties: Partial<Record<PartyKey, Party>>;
}

export type BodyResult = { ok: true; body: ProjectBody } | { ok: false; errors: Record<string, string> };

/** The parties JSON as stored; anything unexpected reads as empty. */
export function partiesOf(value: unknown): Record<PartyKey, Party> {
  const source = (value && typeof value === "object" ? value : {}) as Record<string, Partial<Party> | undefined>;
  return Object.fromEntries(
    PARTIES.map(({ key }) => [key, { name: String(source[key]?.name ?? ""), title: String(source[key]?.title ?? "") }]),
  ) as Record<PartyKey, Party>;
}

export function formValuesOf(project: ProjectData | null): ProjectFormValues {
  return {
    name: project?.name ?? "",
    location: project?.location ?? "",
    client: project?.client ?? "",
    fundingSource: project?.fundingSource ?? "",
    startDate: project?.startDate ?? "",
    durationDays: project ? String(project.durationDays) : "",
    fiscalYear: project?.fiscalYear ? String(project.fiscalYear) : "",
    ownerBudget: toInputText(project?.ownerBudget, "money"),
    description: project?.description ?? "",
    parties: partiesOf(project?.parties),
  };
}

/** Reads the form's FormData (inputs named like the fields, parties as "parties.owner.name"). */
export function formValuesFromData(data: FormData): ProjectFormValues {
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(f)])) as Record<TextField, string>;
  const parties = Object.fromEntries(
    PARTIES.map(({ key }) => [key, { name: text(`parties.${key}.name`), title: text(`parties.${key}.title`) }]),
  ) as Record<PartyKey, Party>;
  return { ...values, parties };
}

function wholeNumber(text: string): number | string {
  const parsed = parseTyped(text, "count");
  return parsed.ok ? Number(parsed.value) : parsed.error;
}

/** The fields a project cannot be saved without: checked here too, so one submit shows every error at once. */
const REQUIRED_FIELDS = ["name", "location", "client", "fundingSource", "startDate"] as const;

export function projectBody(values: ProjectFormValues): BodyResult {
  const errors: Record<string, string> = {};
  for (const name of REQUIRED_FIELDS) if (values[name] === "") errors[name] = REQUIRED_MESSAGE;
  const durationDays = wholeNumber(values.durationDays);
  if (typeof durationDays === "string") errors.durationDays = durationDays;
  const fiscalYear = values.fiscalYear === "" ? null : wholeNumber(values.fiscalYear);
  if (typeof fiscalYear === "string") errors.fiscalYear = fiscalYear;
  let ownerBudget: string | null = null;
  if (values.ownerBudget !== "") {
    const parsed = parseTyped(values.ownerBudget, "money");
    if (parsed.ok) ownerBudget = parsed.value;
    else errors.ownerBudget = parsed.error;
  }
  if (Object.keys(errors).length > 0 || typeof durationDays === "string" || typeof fiscalYear === "string") return { ok: false, errors };

  const parties = Object.fromEntries(
    PARTIES.flatMap(({ key }) => {
      const party = values.parties[key];
      return party.name || party.title ? [[key, party]] : [];
    }),
  ) as Partial<Record<PartyKey, Party>>;
  return {
    ok: true,
    body: {
      name: values.name,
      location: values.location,
      client: values.client,
      fundingSource: values.fundingSource,
      startDate: values.startDate,
      durationDays,
      fiscalYear,
      ownerBudget,
      description: values.description || null,
      parties,
    },
  };
}

/**
 * The fields an edit changed against the project it was read from: only those are sent, so a draft
 * kept on top of someone else's change (a 412) leaves their other fields as they are.
 */
export function changedProjectFields(body: ProjectBody, read: ProjectData): Partial<ProjectBody> {
  const before = projectBody(formValuesOf(read));
  if (!before.ok) return body;
  const keys = Object.keys(body) as (keyof ProjectBody)[];
  return Object.fromEntries(keys.filter((k) => JSON.stringify(body[k]) !== JSON.stringify(before.body[k])).map((k) => [k, body[k]]));
}
