"""What a Windows .exe carries besides the program: its icon (.ico, drawn from the SVG) and its version resource.
Called from the spec on Windows; also importable on Linux, where the tests check the version resource text."""

from __future__ import annotations

from pathlib import Path

from render_icons import render

COMPANY = "Social Calendar"
DESCRIPTION = "Social Calendar: colleagues' birthdays, jubilea and celebrations"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    """A PyInstaller version file (VSVersionInfo): what Explorer shows under Properties › Details."""
    numbers = version_tuple(version)
    strings = {"CompanyName": COMPANY, "FileDescription": DESCRIPTION, "FileVersion": version,
               "InternalName": "social-calendar", "LegalCopyright": "MIT licence",
               "OriginalFilename": "social-calendar.exe", "ProductName": "Social Calendar",
               "ProductVersion": version}
    entries = ",\n            ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
            {entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_info(path: Path, version: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(version), encoding="utf-8")


def write_icon(svg: Path, path: Path) -> None:
    """A multi-size .ico through Qt's ico image plugin (16 to 256 pixels)."""
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication([])
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), b"ico")
    # Qt's ico writer takes one image; the 256 px one scales down well in Explorer and the Start menu.
    if not writer.write(render(svg, 256)):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")
