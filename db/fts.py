"""Full-text search over case cards and report text (never identities).

FTS5's unicode61 tokenizer would keep a run of Chinese characters as one token, so
"张三" would not be found inside "举报张三受贿". Text is therefore indexed with every
CJK character as its own token, and a query becomes a phrase of those tokens: any
run of characters matches, a two-character name included, in order and adjacent.
"""

from __future__ import annotations

import re

# CJK ideographs, extension A, compatibility ideographs, kana, hangul, full-width forms.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# U+FF01-FF5E are full-width forms of ASCII 0x21-0x7E; U+3000 is the ideographic space.
# Replaced where they occur (a report has a few full-width commas): str.translate with a
# table looks up every character and cost as much as the tokenizing; NFKC ten times more.
_FULL_WIDTH = {chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)} | {"\u3000": " "}
_FULL_WIDTH_RUN = re.compile("[\uff01-\uff5e\u3000]+")


def _fold_run(match: re.Match[str]) -> str:
    run = match[0]
    return _FULL_WIDTH[run] if len(run) == 1 else "".join(_FULL_WIDTH[c] for c in run)
# The tokens are each CJK character, and each run of anything else that is not a space.
# Splitting at runs of CJK characters gives them with a few calls a row; a findall of
# single characters made one string per character and cost a quarter more.
_CJK_RUN = re.compile(f"([{_CJK}]+)")


def index_text(text: str) -> str:
    """The form stored in lead_fts: full-width letters, digits and signs folded to ASCII
    (ＡＢＣ１２ = ABC12), CJK characters spaced out, tokens one space apart."""
    parts = _CJK_RUN.split(_FULL_WIDTH_RUN.sub(_fold_run, text))  # other, CJK, …, other
    pieces: list[str] = []
    add = pieces.append
    for i in range(0, len(parts) - 1, 2):
        other = parts[i]
        if other and not other.isspace():
            add(" ".join(other.split()))
        # A CJK run spaced out by one replace: no string made per character.
        add(parts[i + 1].replace("", " ")[1:-1])
    last = parts[-1]
    if last and not last.isspace():
        add(" ".join(last.split()))
    return " ".join(pieces)


def match_expression(query: str) -> str:
    """A user's query as an FTS5 expression: each whitespace-separated term must occur
    (AND), each as an exact phrase; quotes and operators in the query are plain text."""
    phrases = []
    for term in query.split():
        tokens = index_text(term).replace('"', '""')
        if tokens:
            phrases.append(f'"{tokens}"')
    return " AND ".join(phrases)
