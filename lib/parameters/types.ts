/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */
import type { ReevaluatedVolume } from "@/lib/pekerjaan/types";

export interface ParameterUpdate {
  parameter: ParameterView;
  /** Volumes re-evaluated because their formula uses this parameter. */
  reevaluated: ReevaluatedVolume[];
}

export interface ParameterView {
  id: string;
  name: string;
  value: string;
}
