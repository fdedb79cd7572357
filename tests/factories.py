"""Real test files written to a path: PDFs (reportlab/pypdf), DOCX (python-docx), zips. Import from any test:
`from tests.factories import make_resume_pdf, make_docx`. Every function returns the path it wrote."""

from __future__ import annotations

import zipfile
from pathlib import Path

PAGE_BREAK = "\f"


def _font() -> str:
    """Bitstream Vera, shipped inside reportlab: an embedded TrueType font, so text (and '•') extracts as written."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    return "Vera"


def make_pdf(path: Path, pages: list[str], *, font_size: int = 11) -> Path:
    """A text PDF with one page per string; long pages wrap onto extra pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    font = _font()
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        pdf.setFont(font, font_size)
        y = height - 60
        for line in page.split("\n"):
            for piece in simpleSplit(line, font, font_size, width - 120) or [""]:
                if y < 60:
                    pdf.showPage()
                    pdf.setFont(font, font_size)
                    y = height - 60
                pdf.drawString(60, y, piece)
                y -= font_size * 1.4
        pdf.showPage()
    pdf.save()
    return Path(path)


def make_resume_pdf(path: Path, text: str) -> Path:
    """A resume PDF; a form feed ('\\f') in the text starts a new page."""
    return make_pdf(path, text.split(PAGE_BREAK))


def make_encrypted_pdf(path: Path, text: str, password: str = "secret") -> Path:
    """A text PDF that needs `password` to open (pypdf RC4-128, no extra crypto package needed)."""
    from pypdf import PdfReader, PdfWriter

    plain = Path(path).with_suffix(".plain.pdf")
    make_pdf(plain, [text])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with open(path, "wb") as handle:
        writer.write(handle)
    plain.unlink()
    return Path(path)


def make_image_pdf(path: Path, pages: int = 1) -> Path:
    """A 'scanned' PDF: each page holds a raster image and shapes, no text operators."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (400, 200), "white")
    draw = ImageDraw.Draw(image)
    for row in range(8):
        draw.rectangle((20, 20 + row * 20, 380, 30 + row * 20), fill="black")  # lines that look like text
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.drawImage(ImageReader(image), 60, 500, width=400, height=200)
        pdf.rect(50, 490, 420, 220)
        pdf.showPage()
    pdf.save()
    return Path(path)


def make_blank_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages are completely empty."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as handle:
        writer.write(handle)
    return Path(path)


def make_docx(
    path: Path,
    paragraphs: list[str],
    *,
    table: list[list[str]] | None = None,
    after_table: list[str] | None = None,
    bullets: list[str] | None = None,
) -> Path:
    """A .docx: paragraphs ('# X' = heading), then an optional table, then bullets and more paragraphs."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        if text.startswith("# "):
            document.add_heading(text[2:], level=1)
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(r) for r in table))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for text in bullets or []:
        document.add_paragraph(text, style="List Bullet")
    for text in after_table or []:
        document.add_paragraph(text)
    document.save(str(path))
    return Path(path)


def make_zip_bomb_docx(path: Path, unpacked_mb: int = 64) -> Path:
    """A real .docx plus a member of `unpacked_mb` MB of zeros (packs to a few dozen KB)."""
    base = make_docx(Path(path).with_suffix(".base.docx"), ["Innocent looking resume"])
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with target.open("word/media/padding.bin", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(chunk)
    base.unlink()
    return Path(path)


def truncate(path: Path, keep: float = 0.3) -> Path:
    """Cut a file down to the first `keep` fraction of its bytes (a corrupt copy)."""
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[: max(1, int(len(data) * keep))])
    return Path(path)
