"""Commands: (to be written)."""

from __future__ import annotations

import argparse


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    """No commands yet."""
