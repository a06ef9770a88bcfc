#!/usr/bin/env python3
"""Regenerate resources/licences/: the licence texts of the bundled font, of every
library the installed application runs with (the runtime closure of leadvault's
dependencies, as installed in this environment) and of the native code those wheels
carry inside them (SQLCipher and OpenSSL in sqlcipher3's module), and an index the
About box shows, in English and in Chinese.

    .venv/bin/python scripts/collect-licences.py
"""

from __future__ import annotations

import re
import shutil
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resources" / "licences"
# Texts a wheel does not carry (chinesecalendar ships its LICENSE in the sdist only;
# SQLCipher's is in its source tree), copied here once from upstream.
KEPT = HERE / "licence-texts"
COMMON = Path("/usr/share/common-licenses")
# Qt for Python ships no licence file in its wheels: its licence, from Debian's texts.
QT = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
# Wheels whose metadata names no licence: read from their licence text.
NAMED = {"sqlcipher3": "Zlib (pysqlite's licence)"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING)[^/]*$", re.I)
PUBLIC_DOMAIN = "Public domain"  # no text to ship
FONT = "WenQuanYi Micro Hei (font)"
FONT_LICENCE = "Apache-2.0 or GPL-3+ with font exception"
# The cells this script writes itself, in Chinese (licence names stay as published).
CHINESE = {FONT: "文泉驿微米黑（字体）", FONT_LICENCE: "Apache-2.0 或 GPL-3+（含字体例外）",
           "Zlib (pysqlite's licence)": "Zlib（pysqlite 的许可证）", PUBLIC_DOMAIN: "公有领域"}
HEADINGS = {
    "en": ("# Licences of the bundled font and libraries",
           "| Component | Version | Licence | Text |", "(see the package)", "inside", {}),
    "zh_CN": ("# 随附字体和程序库的许可证",
              "| 组件 | 版本 | 许可证 | 全文 |", "（见软件包）", "包含于", CHINESE),
}
Row = tuple[str, str, str, list[str], str]  # name, version, licence, texts, inside


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


def licence_name(dist: Distribution) -> str:
    """The SPDX expression, else the License field, else the trove classifier."""
    meta = dist.metadata
    if meta["Name"] in NAMED:
        return NAMED[meta["Name"]]
    text = (meta.get("License-Expression") or meta.get("License") or "").split("\n")[0]
    if not text:
        for classifier in meta.get_all("Classifier") or []:
            if classifier.startswith("License ::"):
                text = classifier.rsplit("::", 1)[1].strip()
    # "BSD license (see license.txt for details), Copyright (c) …": the name only.
    return re.split(r" \(|, ", text, maxsplit=1)[0] if len(text) > 40 else text


def embedded() -> list[Row]:
    """Native libraries linked into a wheel's extension module, with their versions
    as the module reports them."""
    import sqlcipher3

    db = sqlcipher3.connect(":memory:")
    try:
        db.execute("PRAGMA key = 'licence index'")
        cipher = db.execute("PRAGMA cipher_version").fetchone()[0].split()[0]
        provider = db.execute("PRAGMA cipher_provider_version").fetchone()[0].split()[1]
    finally:
        db.close()
    shutil.copy(KEPT / "sqlcipher-LICENSE.txt", OUT / "sqlcipher-LICENSE.txt")
    return [("SQLCipher", cipher, "BSD-3-Clause", ["sqlcipher-LICENSE.txt"], "sqlcipher3"),
            ("SQLite", sqlcipher3.sqlite_version, PUBLIC_DOMAIN, [], "sqlcipher3"),
            ("OpenSSL", provider, "Apache-2.0", ["Apache-2.0.txt"], "sqlcipher3")]


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    shutil.copy(COMMON / "Apache-2.0", OUT / "Apache-2.0.txt")
    font = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
    if font.exists():
        shutil.copy(font, OUT / "wqy-microhei-copyright.txt")
    shutil.copy(COMMON / "LGPL-3", OUT / "LGPL-3.0.txt")
    shutil.copy(COMMON / "GPL-3", OUT / "GPL-3.0.txt")
    rows: list[Row] = [(FONT, "0.2.0-beta", FONT_LICENCE,
                        ["wqy-microhei-copyright.txt", "Apache-2.0.txt"], "")]
    for name in closure("leadvault"):
        dist = distribution(name)
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
        kept = KEPT / f"{name}-LICENSE.txt"
        if not texts and kept.exists():
            shutil.copy(kept, OUT / kept.name)
            texts.append(kept.name)
        rows.append((dist.metadata["Name"], dist.version, licence_name(dist), texts, ""))
    rows += embedded()
    for language, (title, header, unknown, inside, words) in HEADINGS.items():
        lines = [title, "", header, "|---|---|---|---|"]
        for name, release, licence, texts, carrier in rows:
            shown = words.get(name, name)
            shown = f"{shown} ({inside} {carrier})" if carrier else shown
            text = "—" if licence == PUBLIC_DOMAIN else ", ".join(texts) or unknown
            lines.append(f"| {shown} | {release} | {words.get(licence, licence)} | {text} |")
        suffix = "" if language == "en" else f".{language}"
        (OUT / f"index{suffix}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
