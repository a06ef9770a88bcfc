"""Full-text search over case cards and report text (never identities).

FTS5's unicode61 tokenizer would keep a run of Chinese characters as one token, so
"张三" would not be found inside "举报张三受贿". Text is therefore indexed with every
CJK character as its own token, and a query becomes a phrase of those tokens: any
run of characters matches, a two-character name included, in order and adjacent.
"""

from __future__ import annotations

import re
import unicodedata

# CJK ideographs, extension A, compatibility ideographs, kana, hangul, full-width forms.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# One CJK character, or a run of anything else that is not a space.
_TOKEN = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")


def index_text(text: str) -> str:
    """The form stored in lead_fts: NFKC-folded (full-width ＡＢＣ = ABC), CJK characters
    spaced out."""
    return " ".join(_TOKEN.findall(nfkc(text)))


def nfkc(text: str) -> str:
    # The quick check is ~100x cheaper than normalizing text that is already normal.
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize(
        "NFKC", text)


def match_expression(query: str) -> str:
    """A user's query as an FTS5 expression: each whitespace-separated term must occur
    (AND), each as an exact phrase; quotes and operators in the query are plain text."""
    phrases = []
    for term in query.split():
        tokens = index_text(term).replace('"', '""')
        if tokens:
            phrases.append(f'"{tokens}"')
    return " AND ".join(phrases)
