/**
 * What every exported document of a project starts and ends with: the header block (who,
 * where, which budget year, the export's date) and the signing parties. Planning documents
 * (RAB, analyses, prices, volumes) are signed by the owner and the planning consultant;
 * jadwal documents by the owner, the contractor and the supervising consultant.
 */
import { partiesSchema } from "@/lib/projects/schemas";
import type { DocumentHeader, Signature } from "./document";

export type DocumentKind = "planning" | "jadwal";

type PartyKey = keyof typeof ROLES;

const ROLES = {
  owner: "Pemilik pekerjaan / PPK",
  contractor: "Kontraktor pelaksana",
  planningConsultant: "Konsultan perencana",
  supervisingConsultant: "Konsultan pengawas",
} as const;

const SIGNERS: Record<DocumentKind, PartyKey[]> = {
  planning: ["owner", "planningConsultant"],
  jadwal: ["owner", "contractor", "supervisingConsultant"],
};

const longDate = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", day: "numeric", month: "long", year: "numeric" });

export interface ProjectDocumentInfo {
  header: DocumentHeader;
  signatures: Signature[];
}

/** The project fields a document prints: the live project's, or those a version froze. */
export interface DocumentFields {
  name: string;
  location: string;
  client: string;
  fiscalYear: number | null;
  fundingSource: string;
  parties: unknown;
}

export function documentInfo(project: DocumentFields, kind: DocumentKind, now: Date): ProjectDocumentInfo {
  // Stored before the schema existed or written by hand: anything unreadable signs blank.
  const parsed = partiesSchema.safeParse(project.parties);
  const parties = parsed.success ? parsed.data : {};
  return {
    header: {
      projectName: project.name,
      location: project.location,
      client: project.client,
      fiscalYear: project.fiscalYear === null ? "-" : String(project.fiscalYear),
      fundingSource: project.fundingSource,
      date: longDate.format(now),
    },
    signatures: SIGNERS[kind].map((key) => ({ role: ROLES[key], name: parties[key]?.name ?? "", title: parties[key]?.title ?? "" })),
  };
}
