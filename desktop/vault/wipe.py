"""Key buffers: bytearrays overwritten when done. Python may have copied the
bytes elsewhere (the cryptography and argon2 bindings take immutable bytes),
so this is "as far as Python allows": the long-lived copies are ours, and
those we zero."""

from __future__ import annotations


def wipe(*buffers: bytearray | None) -> None:
    for buf in buffers:
        if buf is not None:
            for i in range(len(buf)):
                buf[i] = 0
