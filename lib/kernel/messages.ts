/** Validation sentences the server's schemas and the browser's forms both say, word for word. */
export const REQUIRED_MESSAGE = "Wajib diisi.";
