/**
 * A picture on one sheet of an XLSX that exceljs' streaming writer has finished. exceljs
 * places pictures only from its in-memory workbook (its streaming writer has none,
 * exceljs#322), and in memory a 2,000-pekerjaan, 52-week jadwal takes ~210 MB of heap: two at
 * once overflow a server worker (WORKER_HEAP_MB 256), where streaming needs 120 MB for both.
 * So the package gets a picture's OOXML parts afterwards: the PNG (xl/media), a drawing with
 * one anchor (xl/drawings and its relationships), the sheet's <drawing> and its relationship,
 * and their content types. Every other part is copied as it is (inflated bytes stay outside
 * the JS heap).
 */
import { inflateZip, type NewEntry, writeZip } from "@/lib/archive/zip";
import { escapeXml, unescapeXml } from "./xml";

export interface PictureAnchor {
  /** The top-left cell, 0-based. */
  col: number;
  row: number;
  /** The shown size in pixels (96 per inch). */
  width: number;
  height: number;
  /** Alternative text. */
  description: string;
}

const NS = {
  relationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  officeRelationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
};
const REL_TYPE = { drawing: `${NS.officeRelationships}/drawing`, image: `${NS.officeRelationships}/image` };
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const EMU_PER_PIXEL = 9525;
/** exceljs numbers its relationships rId1, rId2…: this one can not clash. */
const DRAWING_REL_ID = "rIdPicture";
/**
 * Worksheet children that come after <drawing> (ECMA-376 CT_Worksheet): the drawing goes
 * before the first of them, else last.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Our own export, built within the project size ceiling: the bound only backs that up. */
const MAX_EXPORT_INFLATED_BYTES = 1024 * 1024 * 1024;

export function addPicture(xlsx: Buffer, sheetName: string, png: Buffer, anchor: PictureAnchor): Buffer {
  const { names, files: byName } = inflateZip(xlsx, { maxInflatedBytes: MAX_EXPORT_INFLATED_BYTES });
  const text = (name: string) => {
    const content = byName.get(name);
    if (!content) throw new Error(`XLSX tanpa bagian ${name}`);
    return new TextDecoder().decode(content);
  };
  const newEntry = (name: string, content: string | Buffer, { compress = true } = {}): NewEntry => ({ name, content, compress });
  const sheet = sheetPart(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"), sheetName);
  const sheetRels = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
  const drawing = unusedName(byName, "xl/drawings/drawing", ".xml");
  const media = unusedName(byName, "xl/media/image", ".png");

  const changed = new Map<string, NewEntry>([
    ["[Content_Types].xml", newEntry("[Content_Types].xml", withContentTypes(text("[Content_Types].xml"), drawing))],
    [sheet, newEntry(sheet, withDrawingElement(text(sheet)))],
    [
      sheetRels,
      newEntry(
        sheetRels,
        withRelationship(byName.has(sheetRels) ? text(sheetRels) : emptyRelationships(), DRAWING_REL_ID, REL_TYPE.drawing, `/${drawing}`),
      ),
    ],
  ]);
  const added = [
    newEntry(drawing, drawingXml(anchor)),
    newEntry(drawing.replace(/([^/]+)$/, "_rels/$1.rels"), withRelationship(emptyRelationships(), "rId1", REL_TYPE.image, `/${media}`)),
    newEntry(media, png, { compress: false }),
  ];
  const kept = names.map((name) => changed.get(name) ?? { name, content: byName.get(name)! });
  return writeZip([...kept, ...[...changed.values()].filter((e) => !byName.has(e.name)), ...added]);
}

/** The attributes of every `<tag …>` in a document, by attribute name (prefix kept), values unescaped. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attributes]) =>
    Object.fromEntries([...attributes!.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [name!, unescapeXml(value!)])),
  );
}

/** The package path of a sheet, e.g. "xl/worksheets/sheet2.xml", through the workbook's relationships. */
function sheetPart(workbook: string, relationships: string, name: string): string {
  const sheet = elements(workbook, "sheet").find((s) => s.name === name);
  const target = sheet && elements(relationships, "Relationship").find((r) => r.Id === sheet["r:id"])?.Target;
  if (!target) throw new Error(`XLSX tanpa lembar "${name}"`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function unusedName(taken: ReadonlyMap<string, unknown>, stem: string, extension: string): string {
  let n = 1;
  while (taken.has(`${stem}${n}${extension}`)) n++;
  return `${stem}${n}${extension}`;
}

function withContentTypes(types: string, drawing: string): string {
  const png = /<Default\b[^>]*Extension="png"/i.test(types) ? "" : `<Default Extension="png" ContentType="image/png"/>`;
  return types.replace("</Types>", `${png}<Override PartName="/${drawing}" ContentType="${DRAWING_CONTENT_TYPE}"/></Types>`);
}

/** The sheet names its drawing in its schema place. exceljs' root element declares the r: prefix. */
function withDrawingElement(sheet: string): string {
  if (!sheet.includes(`xmlns:r="${NS.officeRelationships}"`)) throw new Error("Lembar XLSX tanpa namespace relasi");
  if (/<drawing\b/.test(sheet)) throw new Error("Lembar XLSX sudah memiliki gambar");
  const element = `<drawing r:id="${DRAWING_REL_ID}"/>`;
  const later = new RegExp(`<(?:${AFTER_DRAWING.join("|")})\\b`).exec(sheet.slice(sheet.indexOf("</sheetData>")));
  const at = later ? sheet.indexOf("</sheetData>") + later.index : sheet.lastIndexOf("</worksheet>");
  return sheet.slice(0, at) + element + sheet.slice(at);
}

function emptyRelationships(): string {
  return `${XML_HEAD}<Relationships xmlns="${NS.relationships}"></Relationships>`;
}

function withRelationship(relationships: string, id: string, type: string, target: string): string {
  return relationships.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
}

/** One picture anchored at a cell with a fixed size (it keeps its size when columns change). */
function drawingXml({ col, row, width, height, description }: PictureAnchor): string {
  const ext = `cx="${Math.round(width * EMU_PER_PIXEL)}" cy="${Math.round(height * EMU_PER_PIXEL)}"`;
  return [
    XML_HEAD,
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.officeRelationships}">`,
    `<xdr:oneCellAnchor>`,
    `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`,
    `<xdr:ext ${ext}/>`,
    `<xdr:pic>`,
    `<xdr:nvPicPr><xdr:cNvPr id="2" name="Gambar 1" descr="${escapeXml(description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>`,
    `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>`,
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${ext}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>`,
    `</xdr:pic>`,
    `<xdr:clientData/>`,
    `</xdr:oneCellAnchor>`,
    `</xdr:wsDr>`,
  ].join("");
}
