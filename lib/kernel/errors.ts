/**
 * The closed set of error codes the API answers with, each bound to one HTTP status.
 * Clients switch on `code`; `message` is Indonesian and safe to show a user.
 */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  LENGTH_REQUIRED: 411,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_ERROR: "Data yang dikirim tidak valid.",
  UNAUTHENTICATED: "Silakan masuk terlebih dahulu.",
  FORBIDDEN: "Anda tidak memiliki akses untuk tindakan ini.",
  NOT_FOUND: "Data tidak ditemukan.",
  METHOD_NOT_ALLOWED: "Metode HTTP ini tidak didukung untuk alamat ini.",
  CONFLICT: "Data telah berubah atau sudah ada. Muat ulang lalu coba lagi.",
  LENGTH_REQUIRED: "Sertakan Content-Length: isi permintaan ini harus berukuran tetap.",
  PRECONDITION_FAILED: "Proyek telah diubah oleh pengguna lain sejak Anda memuatnya. Muat ulang lalu coba lagi.",
  PAYLOAD_TOO_LARGE: "Ukuran data terlalu besar.",
  UNSUPPORTED_MEDIA_TYPE: "Jenis konten tidak didukung. Gunakan application/json.",
  RATE_LIMIT_EXCEEDED: "Terlalu banyak permintaan. Coba lagi nanti.",
  INTERNAL_ERROR: "Terjadi kesalahan pada server. Silakan coba lagi.",
  SERVICE_UNAVAILABLE: "Layanan sedang tidak tersedia. Silakan coba lagi.",
};

export interface FieldError {
  path: string;
  message: string;
}

export type ErrorDetails = Record<string, unknown> & { fields?: FieldError[] };

export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.status = ERROR_STATUS[code];
  }

  static validation(fields: FieldError[], message?: string): ApiError {
    return new ApiError("VALIDATION_ERROR", message, { fields });
  }

  static notFound(message?: string): ApiError {
    return new ApiError("NOT_FOUND", message);
  }

  static conflict(message?: string, details?: ErrorDetails): ApiError {
    return new ApiError("CONFLICT", message, details);
  }
}

/** How long a client should wait before retrying a 503 (the database is back within seconds, usually). */
export const RETRY_AFTER_SECONDS = 5;

export function defaultMessage(code: ErrorCode): string {
  return DEFAULT_MESSAGES[code];
}
