/** What the security event log records (README, "Security events"). */
export const SECURITY_EVENT_KINDS = [
  "login",
  "logout",
  "token.created",
  "token.revoked",
  "password.changed",
  "password.reset_requested",
  "password.reset",
  "admin.granted",
  "admin.revoked",
  "library.imported",
  "backup.downloaded",
  "project.imported",
  "rate_limit",
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const SECURITY_EVENT_RESULTS = ["success", "failure", "denied"] as const;
export type SecurityEventResult = (typeof SECURITY_EVENT_RESULTS)[number];

/** Indonesian labels for the admin page. */
export const KIND_LABELS: Record<SecurityEventKind, string> = {
  login: "Masuk",
  logout: "Keluar",
  "token.created": "Token API dibuat",
  "token.revoked": "Token API dicabut",
  "password.changed": "Kata sandi diubah",
  "password.reset_requested": "Tautan lupa kata sandi diminta",
  "password.reset": "Kata sandi diatur ulang lewat tautan",
  "admin.granted": "Hak admin diberikan",
  "admin.revoked": "Hak admin dicabut",
  "library.imported": "Pustaka AHSP diimpor",
  "backup.downloaded": "Cadangan diunduh",
  "project.imported": "Proyek dipulihkan dari cadangan",
  rate_limit: "Dibatasi (terlalu banyak permintaan)",
};

export const RESULT_LABELS: Record<SecurityEventResult, string> = {
  success: "Berhasil",
  failure: "Gagal",
  denied: "Ditolak",
};

/** The result an API answer stands for: refused access and limits are denials, other errors failures. */
export function resultOfStatus(status: number): SecurityEventResult {
  if (status < 400) return "success";
  return [401, 403, 404, 429].includes(status) ? "denied" : "failure";
}
