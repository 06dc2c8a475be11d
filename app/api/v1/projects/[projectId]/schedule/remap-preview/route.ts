// Deprecated alias of …/jadwal/remap-preview (issue 15, GLOSSARY.md), removed in the next release (README, "Deprecated names").
export { POST } from "../../jadwal/remap-preview/route";
