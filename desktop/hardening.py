"""Keep secrets out of core files and out of other processes' reach (DESIGN.md §2).

Called first thing by both entry points (the GUI and leadvault-admin). A core
file would hold the unlocked keys and whatever lead was on screen; a process
that may be ptrace-attached hands them to any program of the same user.
"""

from __future__ import annotations

import ctypes
import resource
import sys

# <linux/prctl.h>. No maintained PyPI or Debian package wraps these two calls
# without a compiler and libcap (python-prctl), so ctypes calls libc directly.
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps (soft and hard limit 0), and on Linux a process that is not
    dumpable: the kernel writes no core and refuses ptrace from non-root peers."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            error = ctypes.get_errno()
            raise OSError(error, "prctl(PR_SET_DUMPABLE, 0) failed")


def is_dumpable() -> bool:
    """What the kernel says now (False after harden_process on Linux)."""
    if not sys.platform.startswith("linux"):
        return resource.getrlimit(resource.RLIMIT_CORE) != (0, 0)
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
