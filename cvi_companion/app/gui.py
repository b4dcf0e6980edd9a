"""Builds the window and its services (filled in below)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Run the window until it is closed."""
    raise NotImplementedError
