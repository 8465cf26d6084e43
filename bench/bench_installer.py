"""The frozen app against the virtual environment: start-up with 5,000 colleagues (same run, interleaved), the
size of the installed folder and of the .deb.

Target: the frozen app usable within 1.2x the venv's time. Uses dist/ from `make installer` when it is there
(or builds it: installer/build.sh). Runs offscreen, like bench_startup.py, whose timing it shares.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import PEOPLE, make_demo, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
RUNS = 11
TARGET = 1.2


def folder_size(path: Path) -> int:
    return sum(file.lstat().st_size for file in path.rglob("*") if file.is_file() and not file.is_symlink())


def main() -> None:
    app = DIST / "social-calendar" / "social-calendar"
    if not app.exists():
        subprocess.run([str(ROOT / "installer" / "build.sh"), sys.executable], check=True, cwd=ROOT)
    debs = sorted(DIST.glob("social-calendar_*.deb"))
    with tempfile.TemporaryDirectory(prefix="bench-installer-") as folder:
        db = Path(folder) / "demo.sqlite"
        make_demo(db)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(Path(folder) / "config"),
               "SOCIAL_CALENDAR_QUIT_WHEN_SHOWN": "1", "PYTHONPATH": str(ROOT),
               "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        venv = [sys.executable, "-m", "desktop", "--db", str(db)]
        frozen = [str(app), "--db", str(db)]
        timed(venv, env)
        timed(frozen, env)
        venv_times, frozen_times = [], []
        for _ in range(RUNS):
            venv_times.append(timed(venv, env)[0])
            frozen_times.append(timed(frozen, env)[0])
    venv_ms, frozen_ms = statistics.median(venv_times) * 1000, statistics.median(frozen_times) * 1000
    ratio = frozen_ms / venv_ms
    print(f"venv:   usable after {venv_ms:.0f} ms with {PEOPLE} colleagues, median of {RUNS}")
    print(f"frozen: usable after {frozen_ms:.0f} ms, ratio {ratio:.2f}x (target < {TARGET}x): "
          f"{'meets the target' if ratio <= TARGET else 'MISSES the target'}")
    print(f"installed folder (dist/social-calendar): {folder_size(app.parent) / 2**20:.0f} MiB")
    for deb in debs:
        print(f"{deb.name}: {deb.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
