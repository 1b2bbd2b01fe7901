#!/usr/bin/env python3
"""Regenerates the office samples in this folder from samples/resumes and samples/postings
with real producers: pandoc, LibreOffice (soffice --headless), the npm `docx` package,
and qpdf. Not run by the build or CI; see PRODUCERS.md for which file
came from which producer.

Needs: pandoc, soffice, node with `docx` installed in $DOCXJS_DIR (default /tmp/npmwork),
qpdf.
"""
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
DOCXJS_DIR = os.environ.get("DOCXJS_DIR", "/tmp/npmwork")

DATE_LINE = re.compile(r"^(\w+\.? )?\d{2}(\d{2})?([/-]\d{2,4})?\s*(-|–|to)\s*(\w+\.? )?(\d{2}/)?(\d{4}|present)\s*$|^\d{4}\s*[-–]\s*(\d{4}|present)$",
                       re.IGNORECASE)


def parse_plain(path):
    """Reads a plain-text resume or posting into blocks: title, line, heading,
    subheading, bullet, paragraph, field ("Key: value")."""
    lines = open(path, encoding="utf-8").read().splitlines()
    blocks = [("title", lines[0].strip())]
    i = 1
    while i < len(lines):
        line = lines[i].rstrip()
        following = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
        previous = lines[i - 1].strip()
        if not line.strip():
            i += 1
            continue
        if re.fullmatch(r"[=-]{3,}", following.strip()):
            blocks.append(("heading", line.strip()))
            i += 2
            continue
        if line.startswith("- "):
            text = line[2:].strip()
            while i + 1 < len(lines) and lines[i + 1].startswith("  ") and lines[i + 1].strip():
                i += 1
                text += " " + lines[i].strip()
            blocks.append(("bullet", text))
            i += 1
            continue
        stripped = line.strip()
        short = len(stripped) <= 40 and not stripped.endswith((".", ",", ";")) and "|" not in stripped and "@" not in stripped
        if short and (stripped.isupper() or (stripped.endswith(":") and previous == "") or
                      (previous == "" and following.strip() and not DATE_LINE.match(following.strip()) and
                       not re.search(r"\d", stripped) and ":" not in stripped and i > 2)):
            blocks.append(("heading", stripped.rstrip(":").strip()))
            i += 1
            continue
        if DATE_LINE.match(following.strip()):
            blocks.append(("subheading", stripped))
            blocks.append(("line", following.strip()))
            i += 2
            continue
        if ":" in stripped[:30] and len(stripped) < 90 and not stripped.endswith(":"):
            blocks.append(("field", stripped))
            i += 1
            continue
        text = stripped
        # A wrapped line goes on lowercase or after a comma; anything else is a new line.
        while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith("- ") and \
                (lines[i + 1].strip()[0].islower() or lines[i].rstrip().endswith(",")):
            i += 1
            text += " " + lines[i].strip()
        blocks.append(("paragraph" if len(text) >= 70 else "line", text))
        i += 1
    return blocks


def heading_case(text):
    return text.title() if text.isupper() else text


def to_markdown(blocks):
    out = []
    for kind, text in blocks:
        if kind == "title":
            continue  # the YAML title block makes pandoc write a Title paragraph
        elif kind == "heading":
            if out and out[-1].startswith("- "):
                out.append("")
            out.append("# " + heading_case(text))
        elif kind == "subheading":
            if out and out[-1].startswith("- "):
                out.append("")
            out.append("## " + text)
        elif kind == "bullet":
            out.append("- " + text)
            continue
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out.append(text)
        out.append("")
    return "\n".join(out).replace("\n\n- ", "\n\n- ") + "\n"


def to_html(blocks, title):
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head><body>" % html.escape(title)]
    in_list = False
    fields = []

    def flush():
        nonlocal in_list, fields
        if in_list:
            parts.append("</ul>")
            in_list = False
        if fields:
            parts.append("<table border='1'>")
            for key, value in fields:
                parts.append("<tr><td>%s</td><td>%s</td></tr>" % (html.escape(key), html.escape(value)))
            parts.append("</table>")
            fields = []

    for kind, text in blocks:
        if kind == "bullet":
            if fields:
                flush()
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append("<li>%s</li>" % html.escape(text))
            continue
        if kind == "field":
            if in_list:
                parts.append("</ul>")
                in_list = False
            key, value = text.split(":", 1)
            fields.append((key.strip(), value.strip()))
            continue
        flush()
        tag = {"title": "h1", "heading": "h2", "subheading": "h3"}.get(kind, "p")
        parts.append("<%s>%s</%s>" % (tag, html.escape(heading_case(text) if tag != "p" else text), tag))
    flush()
    parts.append("</body></html>")
    return "\n".join(parts)


def write_png(path, width, height):
    """A white page with dark bars where text lines would be, as a scanner would give it."""
    rows = []
    for y in range(height):
        dark = (40 <= y < 60) or any(90 + 30 * k <= y < 100 + 30 * k for k in range(12))
        rows.append(b"\x00" + bytes((30 if dark and 40 <= x < 360 else 255) for x in range(width)))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) +
                  chunk(b"IEND", b""))


def run(*command, cwd=None):
    subprocess.run(command, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_convert(source, target_ext, filter_name, outdir, infilter=None):
    command = ["soffice", "--headless"]
    if infilter:
        command.append("--infilter=" + infilter)
    command += ["--convert-to", target_ext + ":" + filter_name, "--outdir", outdir, source]
    run(*command)


def main():
    work = tempfile.mkdtemp(prefix="skillmatch-samples-")
    resumes = os.path.join(SAMPLES, "resumes")
    postings = os.path.join(SAMPLES, "postings")

    # pandoc: markdown -> docx and odt.
    for source, stem in [(os.path.join(resumes, "ml-engineer-priya.txt"), "resume-priya-pandoc"),
                         (os.path.join(postings, "posting-data-engineer.txt"), "posting-data-engineer-pandoc"),
                         (os.path.join(resumes, "data-analyst-mei.txt"), "resume-mei-pandoc")]:
        blocks = parse_plain(source)
        markdown = os.path.join(work, stem + ".md")
        open(markdown, "w", encoding="utf-8").write(
            "---\ntitle: %s\nauthor: %s\n---\n\n" % (heading_case(blocks[0][1]), heading_case(blocks[0][1])) +
            to_markdown(blocks))
        fmt = "odt" if "mei" in stem else "docx"
        run("pandoc", markdown, "-o", os.path.join(HERE, stem + "." + fmt))

    # LibreOffice: HTML -> docx, odt, pdf (Writer import filter, then Writer export filters).
    blocks = parse_plain(os.path.join(resumes, "data-engineer-tomasz.txt"))
    page = os.path.join(work, "resume-tomasz-libreoffice.html")
    open(page, "w", encoding="utf-8").write(to_html(blocks, "Tomasz Kowalczyk - Resume"))
    for ext, filt in [("docx", "MS Word 2007 XML"), ("odt", "writer8"), ("pdf", "writer_pdf_Export")]:
        soffice_convert(page, ext, filt, HERE, infilter="HTML (StarWriter)")

    # npm `docx`: a Word-style file with header, footer page field, footnote, hyperlink,
    # numbered list and a table; and a two-column resume that LibreOffice turns into a PDF.
    for stem, source, columns in [("resume-marcus-docxjs", "cloud-devops-engineer-marcus.txt", 1),
                                  ("resume-ananya-two-column-docxjs", "deep-learning-researcher-ananya.txt", 2)]:
        blocks_json = os.path.join(work, stem + ".json")
        json.dump({"blocks": parse_plain(os.path.join(resumes, source)), "columns": columns,
                   "output": os.path.join(work if columns == 2 else HERE, stem + ".docx")},
                  open(blocks_json, "w", encoding="utf-8"))
        shutil.copy(os.path.join(HERE, "docxjs_resume.mjs"), DOCXJS_DIR)
        run("node", "docxjs_resume.mjs", blocks_json, cwd=DOCXJS_DIR)
    two_column = os.path.join(work, "resume-ananya-two-column-docxjs.docx")
    soffice_convert(two_column, "pdf", "writer_pdf_Export", work)
    shutil.copy(os.path.join(work, "resume-ananya-two-column-docxjs.pdf"),
                os.path.join(HERE, "resume-ananya-two-column-libreoffice.pdf"))

    # A scan: a page that is an image only, no text layer (Writer places the picture).
    image = os.path.join(work, "scan.png")
    write_png(image, 400, 520)
    page = os.path.join(work, "scan-image-only-libreoffice.html")
    open(page, "w", encoding="utf-8").write("<html><body><img src='scan.png' width='400' height='520'></body></html>")
    soffice_convert(page, "pdf", "writer_pdf_Export", HERE, infilter="HTML (StarWriter)")

    # A PDF that needs a user password to open.
    run("qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--",
        os.path.join(HERE, "resume-tomasz-libreoffice.pdf"), os.path.join(HERE, "resume-locked-qpdf.pdf"))
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
