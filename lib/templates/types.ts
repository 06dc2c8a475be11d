/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */

export interface AppliedTemplate {
  template: { id: string; name: string };
  /** How many klasifikasi and pekerjaan were added. */
  klasifikasi: number;
  pekerjaan: number;
}

export interface TemplateView {
  id: string;
  name: string;
  description: string | null;
  shared: boolean;
  owner: { id: string; name: string };
  /** The caller owns it (may change and delete it). */
  own: boolean;
  klasifikasi: number;
  pekerjaan: number;
  createdAt: Date;
  updatedAt: Date;
}
