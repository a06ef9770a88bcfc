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
# (A translate table: NFKC would do it too, at ten times the cost on every report.)
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}
# One CJK character, or a run of anything else that is not a space.
_TOKEN = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")


def index_text(text: str) -> str:
    """The form stored in lead_fts: full-width letters, digits and signs folded to ASCII
    (ＡＢＣ１２ = ABC12), CJK characters spaced out."""
    return " ".join(_TOKEN.findall(text.translate(_FULL_WIDTH)))


def match_expression(query: str) -> str:
    """A user's query as an FTS5 expression: each whitespace-separated term must occur
    (AND), each as an exact phrase; quotes and operators in the query are plain text."""
    phrases = []
    for term in query.split():
        tokens = index_text(term).replace('"', '""')
        if tokens:
            phrases.append(f'"{tokens}"')
    return " AND ".join(phrases)
