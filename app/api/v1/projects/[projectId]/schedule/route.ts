// Deprecated alias of …/jadwal (issue 15, GLOSSARY.md), removed in the next release (README, "Deprecated names").
export { GET } from "../jadwal/route";
