"""The PySide6 application: everything Qt.

PySide6 6.12 drops one reference to None on every call of a static void
QCoreApplication method (processEvents, sendPostedEvents — pytest-qt calls one
after every test). Enough calls free None and the interpreter aborts
("none_dealloc"), at the latest when it shuts down. Python 3.12 makes None
immortal by giving it a huge reference count; on 3.11 this package does the
same, so such calls cannot hurt. Code here also prefers
QEventLoop().processEvents(), which counts correctly.
"""

import ctypes
import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
