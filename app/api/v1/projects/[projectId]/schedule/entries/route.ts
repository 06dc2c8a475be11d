// Deprecated alias of …/jadwal/entries (issue 15, GLOSSARY.md), removed in the next release (README, "Deprecated names").
export { PUT } from "../../jadwal/entries/route";
