"""Small hostile workbooks built in memory: huge declared ranges, huge cells, shared-string bombs."""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="goals" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(rows: str, dimension: str = "A1:B3") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    )


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


_GOALS = (
    '<row r="1">' + _inline("A1", "goal") + "</row>"
    '<row r="2">' + _inline("A2", "Grow our TikTok followers") + "</row>"
    '<row r="3">' + _inline("A3", "Double sales within 6 months") + "</row>"
)


def workbook(sheet_xml: str | bytes, shared: str | bytes | None = None, *, level: int = 9) -> bytes:
    """An .xlsx with one sheet (and optional shared strings) from raw XML."""
    shared = (
        shared or f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="0" uniqueCount="0"/>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        zf.writestr("xl/sharedStrings.xml", shared)
    return buf.getvalue()


def plain_goals() -> bytes:
    """A small valid workbook: two goals under a header."""
    return workbook(_sheet(_GOALS))


def declared_range_only() -> bytes:
    """About 1.6 KB declaring A1:XFD1048576 around two goals: it opens, reading only them."""
    return workbook(_sheet(_GOALS, dimension="A1:XFD1048576"))


def declared_range_bomb() -> bytes:
    """About 1.6 KB declaring A1:XFD1048576, with a cell at the far corner."""
    far = '<row r="1048576">' + _inline("XFD1048576", "x") + "</row>"
    return workbook(_sheet(_GOALS + far, dimension="A1:XFD1048576"))


def far_cells_bomb(rows: int = 50_000) -> bytes:
    """Many rows, each with one empty-styled cell in the last column: no data past the goals."""
    far = "".join(f'<row r="{r}"><c r="XFD{r}" s="0"/></row>' for r in range(4, rows))
    return workbook(_sheet(_GOALS + far, dimension="A1:XFD1048576"))


def huge_cell_bomb(chars: int = 64 * 1024 * 1024) -> bytes:
    """One shared string of `chars` characters: about 1 KB per 1 MB of text once compressed."""
    header = f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="2" uniqueCount="2"><si><t>goal</t></si><si><t>'
    shared = header.encode() + b"a" * chars + b"</t></si></sst>"
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    )
    return workbook(_sheet(rows), shared, level=6)


def shared_strings_bomb(count: int = 2_000_000) -> bytes:
    """`count` tiny shared strings (about 1 MB compressed for two million)."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="{count}" uniqueCount="{count}">'
    )
    shared = head.encode() + b"<si><t>a</t></si>" * count + b"</sst>"
    return workbook(_sheet(_GOALS), shared, level=6)


def declared_size_bomb(part_bytes: int = 1024 * 1024 * 1024) -> bytes:
    """A sheet part that unpacks to `part_bytes` (1 GB by default) of one cell's text."""
    zf_buf = io.BytesIO()
    chunk = b"a" * (1 << 20)
    with zipfile.ZipFile(zf_buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(
                f'<worksheet {_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'.encode()
            )
            for _ in range(part_bytes // len(chunk)):
                f.write(chunk)
            f.write(b"</t></is></c></row></sheetData></worksheet>")
    return zf_buf.getvalue()


def entity_bomb() -> bytes:
    """The "billion laughs": nested XML entities that expand to gigabytes."""
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [{entities}]>'
        f'<worksheet {_NS}><sheetData><row r="1">' + _inline("A1", "goal") + "</row>"
        '<row r="2">' + _inline("A2", "&a9;") + "</row></sheetData></worksheet>"
    )
    return workbook(sheet)


def bad_date_cell() -> bytes:
    """A number formatted as a date that no calendar holds (serial 1e20)."""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {_NS}>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
        "</styleSheet>"
    )
    rows = (
        '<row r="1">' + _inline("A1", "goal") + _inline("B1", "deadline") + "</row>"
        '<row r="2">' + _inline("A2", "Grow followers") + '<c r="B2" s="1"><v>1e20</v></c></row>'
    )
    data = workbook(_sheet(rows))
    buf = io.BytesIO(data)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/styles.xml", styles)
    return out.getvalue()
