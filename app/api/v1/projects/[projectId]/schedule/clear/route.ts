// Deprecated alias of …/jadwal/clear (issue 15, GLOSSARY.md), removed in the next release (README, "Deprecated names").
export { POST } from "../../jadwal/clear/route";
