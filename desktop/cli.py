"""leadvault-admin: the command line. Secrets come from the environment, never argv."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leadvault-admin", description="LeadVault administration")
    parser.add_subparsers(dest="group", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
