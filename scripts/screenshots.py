"""`make screenshots`: pictures of every page and dialog, in English and Dutch, at 1280×800 and 1024×700.

    python scripts/screenshots.py [FOLDER] [--only NAME ...] [--readme]

writes FOLDER/<language>-<width>x<height>-<scene>.png (default folder: docs/screenshots/all); --readme writes
only the README's few pictures, small, into docs/screenshots/ (README_SHOTS). The scenes are the ones
tests/ui/test_nothing_cut_off.py measures (tests/support/scenes.py): the demo organisation with long Dutch
names, on 28 November 2026.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README_SHOTS = {("en", "home"), ("en", "calendar"), ("en", "planning"), ("nl", "colleagues")}  # at 1024×700
README_WIDTH = 820  # px: small files, still readable
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "docs" / "screenshots" / "all")
    parser.add_argument("--only", nargs="*", default=[], help="scene names to save (default: all)")
    parser.add_argument("--readme", action="store_true", help="the README's pictures into docs/screenshots/")
    args = parser.parse_args(argv)
    if args.readme:
        args.folder = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as home:  # the user's own settings (language, layout) stay untouched
        os.environ["XDG_CONFIG_HOME"] = home
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from tests.support import scenes

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("social-calendar-screenshots")
        args.folder.mkdir(parents=True, exist_ok=True)
        saved = 0
        for language in scenes.LANGUAGES:
            data = Path(home) / f"demo-{language}.sqlite"
            scenes.make_file(data, language=language)
            for size in scenes.SIZES[1:] if args.readme else scenes.SIZES:
                window = scenes.Window(data, language, size)
                for scene in itertools.chain(window.pages(), () if args.readme else window.dialogs()):
                    if args.only and scene.name not in args.only:
                        continue
                    picture = scene.widget.grab()
                    if args.readme:
                        if (language, scene.name) not in README_SHOTS:
                            continue
                        small = picture.scaledToWidth(README_WIDTH, Qt.TransformationMode.SmoothTransformation)
                        picture = small.toImage().convertToFormat(QImage.Format.Format_Indexed8)  # 256 colours
                        name = f"{language}-{scene.name}.png"
                    else:
                        name = f"{language}-{size.width()}x{size.height()}-{scene.name}.png"
                    picture.save(str(args.folder / name))
                    saved += 1
                window.close()
        print(f"{saved} pictures in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
