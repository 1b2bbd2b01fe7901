// Writes a resume with the npm `docx` package (a Word-style producer): the name and
// contact line in the page header, a PAGE field in the footer, headings, bulleted and
// numbered lists, a skills table, a hyperlink and a footnote. Called by make_samples.py:
//   node docxjs_resume.mjs blocks.json
import fs from "node:fs";
import {
  AlignmentType, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel,
  LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const blocks = input.blocks;
const name = blocks[0][1];
const contact = blocks.find(([kind]) => kind === "line")?.[1] ?? "";

const body = [];
let fields = [];
let bulletsInSection = 0;
let sectionIndex = 0;
let subheadingIndex = 0;
const flushFields = () => {
  if (fields.length === 0) return;
  body.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map(([key, value]) => new TableRow({
      children: [new TableCell({ children: [new Paragraph(key)] }), new TableCell({ children: [new Paragraph(value)] })],
    })),
  }));
  fields = [];
};

let contactSkipped = false;
for (const [kind, text] of blocks.slice(1)) {
  if (kind !== "field") flushFields();
  if (kind === "line" && !contactSkipped && text === contact) { contactSkipped = true; continue; }
  if (kind === "heading") {
    sectionIndex += 1;
    bulletsInSection = 0;
    body.push(new Paragraph({ text, heading: HeadingLevel.HEADING_1 }));
  } else if (kind === "subheading") {
    subheadingIndex += 1;
    body.push(new Paragraph({ text, heading: HeadingLevel.HEADING_2 }));
  } else if (kind === "bullet") {
    // The third job numbers its items, to exercise numbered lists too.
    const numbered = subheadingIndex === 3;
    bulletsInSection += 1;
    const children = [new TextRun(text)];
    if (bulletsInSection === 1 && sectionIndex === 2) children.push(new FootnoteReferenceRun(1));
    body.push(new Paragraph({
      children,
      ...(numbered ? { numbering: { reference: "resume-numbers", level: 0 } } : { bullet: { level: 0 } }),
    }));
  } else if (kind === "field") {
    const colon = text.indexOf(":");
    fields.push([text.slice(0, colon).trim(), text.slice(colon + 1).trim()]);
  } else {
    body.push(new Paragraph({ children: [new TextRun(text)] }));
  }
}
flushFields();
body.push(new Paragraph({
  children: [
    new TextRun("Portfolio: "),
    new ExternalHyperlink({ link: "https://example.com/portfolio", children: [new TextRun({ text: "example.com/portfolio", style: "Hyperlink" })] }),
  ],
}));

const doc = new Document({
  creator: name,
  title: `${name} - Resume`,
  description: "skillmatch sample",
  numbering: {
    config: [{
      reference: "resume-numbers",
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
    }],
  },
  footnotes: { 1: { children: [new Paragraph("Figures are from the company's public engineering blog.")] } },
  sections: [{
    properties: input.columns > 1 ? { column: { count: input.columns, space: 708, separate: false } } : {},
    headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: name, bold: true })] }), new Paragraph(contact)] }) },
    footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun("Page "), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children: body,
  }],
});

fs.writeFileSync(input.output, await Packer.toBuffer(doc));
