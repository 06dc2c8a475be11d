/**
 * The jadwal pages' view types: what lib/jadwal serves and the client renders. Kept apart
 * from the services so a component imports no server module, not even for a type.
 */
import type { ProjectCalendar } from "@/lib/calc";

export type JadwalCalendar = Required<ProjectCalendar>;

export type JadwalViewKind = "week" | "month";

export interface JadwalPekerjaanView extends JadwalSeries {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  volume: string;
  hasVolume: boolean;
}

export interface JadwalView {
  calendar: CalendarView;
  /** The columns: weeks in the week view, months in the month view. */
  weeks?: WeekHeader[];
  months?: MonthHeader[];
  klasifikasi: {
    id: string;
    name: string;
    subKlasifikasi: { id: string; name: string; pekerjaan: JadwalPekerjaanView[] }[];
  }[];
  summary: JadwalSummary;
}

export interface JadwalSummary {
  /** Every pekerjaan with volume plans exactly 100% (±0.01). */
  complete: boolean;
  pekerjaanCount: number;
  incompletePekerjaan: number;
}

export interface JadwalWriteResult {
  /** The week series of every pekerjaan the write touched, as GET /jadwal shows them. */
  pekerjaan: (JadwalSeries & { id: string })[];
  summary: JadwalSummary;
}

export interface KurvaSPointView {
  start: string | null;
  end: string | null;
  /** Weighted progress of the period, % 2 dp; actual values are null after the last period with actuals. */
  planned: string;
  actual: string | null;
  plannedCumulative: string;
  actualCumulative: string | null;
  /** actualCumulative − plannedCumulative. */
  deviation: string | null;
}

export interface KurvaSSummary {
  /** D = 0 (nothing priced): every pekerjaan with volume weighs the same. */
  equalWeights: boolean;
  /** Every pekerjaan with volume plans 100%: until then the curve can not reach 100. */
  complete: boolean;
  incompletePekerjaan: number;
  totalJumlah: string;
  weekCount: number;
  /** 0 when no actual has been recorded. */
  lastActualWeek: number;
  /** The week of the earned-value figures: the last week with actuals. */
  asOfWeek: number;
  plannedCumulative: string;
  actualCumulative: string;
  deviation: string;
  /** Rupiah, 2 dp; AC is null when no actual cost was recorded. */
  PV: string;
  EV: string;
  AC: string | null;
  /** Ratios, 4 dp; null when undefined (PV = 0, or AC missing or 0). */
  SPI: string | null;
  CPI: string | null;
}

export interface KurvaSView {
  weeks?: (KurvaSPointView & { week: number })[];
  months?: (KurvaSPointView & { month: number; calendarMonth: string | null })[];
  /** Per pekerjaan in tree order: its jumlah and bobot (% of D, 2 dp). */
  bobot: { pekerjaanId: string; jumlah: string; bobot: string }[];
  summary: KurvaSSummary;
}

/** A jadwal entry as it is now, in a 409 of a stale editVersion; decimals as text. */
export interface JadwalEntryView {
  pekerjaanId: string;
  week: number;
  planned: string | null;
  actual: string | null;
  actualCost: string | null;
  note: string | null;
  editVersion: number;
}

export interface DroppedEntry {
  pekerjaanId: string;
  pekerjaan: string;
  week: number;
  start: string;
  end: string;
  planned: string | null;
  actual: string | null;
  actualCost: string | null;
}

export interface JadwalSeries {
  /** Percent of the pekerjaan's volume per column, 2 dp; null = nothing recorded. */
  planned: (string | null)[];
  actual: (string | null)[];
  /** Rupiah per column, 2 dp. */
  actualCost: (string | null)[];
  /** Week notes; the month view has none. */
  notes: { week: number; note: string }[];
  /**
   * Each week's entry version (0: no entry), sent back with a save (README "Perubahan
   * bersamaan"); empty in the month view, which is read-only.
   */
  editVersions: number[];
  /** Σ over the weeks (the stored unit), in both views. */
  totals: { planned: string; actual: string; actualCost: string };
  /** Σ planned = 100 (±0.01); a pekerjaan without volume needs no plan and counts as complete. */
  complete: boolean;
}

export interface WeekHeader {
  week: number;
  start: string;
  end: string;
  days: number;
}

export interface MonthHeader {
  /** 1-based month of the project. */
  month: number;
  /** "YYYY-MM". */
  calendarMonth: string;
  start: string;
  end: string;
  days: number;
}

export interface CalendarView extends JadwalCalendar {
  endDate: string;
  weekCount: number;
}
