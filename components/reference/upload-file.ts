import { networkError, unwrapEnvelope } from "@/lib/api/client";

export type UploadPhase = "uploading" | "processing";

export interface UploadProgress {
  phase: UploadPhase;
  /** Share of the file sent, 0-100. */
  percent: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POSTs a file as the raw body, or a multipart form carrying one (the browser sets its
 * boundary). XMLHttpRequest rather than fetch: only it reports upload progress. Once the
 * last byte is sent the server is still parsing and writing, which the "processing" phase
 * tells the user.
 */
export function uploadFile<T>(url: string, body: File | FormData, onProgress: (progress: UploadProgress) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    if (body instanceof File) xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: "uploading", percent: Math.round((event.loaded / event.total) * 100) });
    };
    xhr.upload.onload = () => onProgress({ phase: "processing", percent: 100 });
    xhr.onload = () => {
      try {
        resolve(unwrapEnvelope<T>(xhr.status, parseJson(xhr.responseText)).data);
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError());
    onProgress({ phase: "uploading", percent: 0 });
    xhr.send(body);
  });
}
