#!/usr/bin/env python3
"""Regenerate resources/licences/: the licence texts of the bundled font and of every
library the installed application runs with (the runtime closure of leadvault's
dependencies, as installed in this environment), and an index the About box shows.

    .venv/bin/python scripts/collect-licences.py
"""

from __future__ import annotations

import re
import shutil
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "licences"
COMMON = Path("/usr/share/common-licenses")
# Qt for Python ships no licence file in its wheels: its licence, from Debian's texts.
QT = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING)[^/]*$", re.I)


def closure(root: str) -> list[str]:
    seen: dict[str, None] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        seen[key] = None
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            marker = req.partition(";")[2].replace('"', "'").strip()
            marker_ok = not marker or marker == "sys_platform == 'linux'"
            if marker_ok:
                todo.append(re.split(r"[ ;<>=!~\[(]", req, maxsplit=1)[0])
    return sorted(k for k in seen if k != root)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    lines = ["# Licences of the bundled font and libraries", "",
             "| Component | Version | Licence | Text |", "|---|---|---|---|",
             "| WenQuanYi Micro Hei (font) | 0.2.0-beta | Apache-2.0 or GPL-3+ with font"
             " exception | wqy-microhei-copyright.txt, Apache-2.0.txt |"]
    shutil.copy(COMMON / "Apache-2.0", OUT / "Apache-2.0.txt")
    font = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
    if font.exists():
        shutil.copy(font, OUT / "wqy-microhei-copyright.txt")
    shutil.copy(COMMON / "LGPL-3", OUT / "LGPL-3.0.txt")
    shutil.copy(COMMON / "GPL-3", OUT / "GPL-3.0.txt")
    for name in closure("leadvault"):
        dist = distribution(name)
        meta = dist.metadata
        licence = (meta.get("License-Expression") or meta.get("License") or "").split("\n")[0]
        texts: list[str] = []
        if name in QT:
            texts = ["LGPL-3.0.txt", "GPL-3.0.txt"]
        for file in dist.files or []:
            if LICENCE_FILE.search(str(file)) and "dist-info" in str(file):
                target = f"{name}-{Path(str(file)).name}"
                if not target.endswith(".txt"):
                    target += ".txt"
                shutil.copy(Path(str(file.locate())), OUT / target)
                texts.append(target)
        lines.append(f"| {meta['Name']} | {dist.version} | {licence[:70]} |"
                     f" {', '.join(texts) or '(see the package)'} |")
    (OUT / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
