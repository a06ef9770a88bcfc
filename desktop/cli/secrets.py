"""Secrets for the command line: from an environment variable, or a prompt
when a terminal is attached; never from argv."""

from __future__ import annotations

import getpass
import os
import sys


class MissingSecret(Exception):
    def __init__(self, variable: str) -> None:
        super().__init__(f"{variable} is not set and no terminal is attached to ask for it")
        self.variable = variable


def read_secret(variable: str, prompt: str) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise MissingSecret(variable)
