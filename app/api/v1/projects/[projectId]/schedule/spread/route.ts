// Deprecated alias of …/jadwal/spread (issue 15, GLOSSARY.md), removed in the next release (README, "Deprecated names").
export { POST } from "../../jadwal/spread/route";
