"""leadvault-admin: the command line.

Each command group lives in its own module here and registers itself through
``COMMAND_MODULES``; secrets come from environment variables (or a prompt when
a terminal is attached), never from arguments. Exit codes: 0 ok, 1 failure,
2 usage, 3 authentication failed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Callable

from desktop.hardening import harden_process

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_AUTH = 3

# Command groups and the modules that add subcommands to them. A module
# exposes ``register(group: argparse._SubParsersAction) -> None``; each
# subcommand sets ``func`` (args -> exit code) with ``set_defaults``.
GROUPS: dict[str, str] = {
    "card": "OpenPGP smart cards and the virtual card",
    "vault": "the encrypted vault",
    "audit": "the audit trail",
    "numbers": "confidential numbers",
    "bags": "confidential bags",
    "leads": "the leads register",
    "approvals": "requests to the chief procurator and his decisions",
    "grants": "a viewer's grants from the chief procurator",
    "backup": "backups to removable media and their restore",
}
COMMAND_MODULES: dict[str, list[str]] = {
    "card": ["desktop.cli.card", "desktop.cli.emulate"],
    "vault": ["desktop.cli.vault"],
    "audit": ["desktop.cli.audit"],
    "numbers": ["desktop.cli.numbers"],
    "bags": ["desktop.cli.bags"],
    "leads": ["desktop.cli.leads"],
    "approvals": ["desktop.cli.approvals"],
    "grants": ["desktop.cli.grants"],
    "backup": ["desktop.cli.backup"],
}

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from desktop.app.about import version

    parser = argparse.ArgumentParser(prog="leadvault-admin", description="LeadVault administration")
    parser.add_argument("--version", action="version", version=f"leadvault {version()}")
    groups = parser.add_subparsers(dest="group", metavar="GROUP")
    for name, help_text in GROUPS.items():
        modules = [m for m in COMMAND_MODULES[name] if _exists(m)]
        if not modules:
            continue
        group_parser = groups.add_parser(name, help=help_text)
        commands = group_parser.add_subparsers(dest="command", metavar="COMMAND")
        for module_name in modules:
            importlib.import_module(module_name).register(commands)
    return parser


def _exists(module_name: str) -> bool:
    return importlib.util.find_spec(module_name) is not None


def main(argv: list[str] | None = None) -> int:
    harden_process()  # before any key or lead can be in memory
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Handler | None = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return func(args)
    except KeyboardInterrupt:
        return EXIT_FAILURE
