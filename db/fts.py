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
_FULL_WIDTH = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)}
                            | {"\u3000": " "})
# The tokens are each CJK character, and each run of anything else that is not a space.
# Splitting at runs of CJK characters gives them with a few calls a row; a findall of
# single characters made one string per character and cost a quarter more. The runs
# split at leave the full-width forms out (their folded forms are not CJK): they fall
# among the other text, which alone is folded, and only where it is not ASCII. Folding
# the whole text first (a regex calling back for each run, or str.translate looking up
# every character) cost a third of the tokenizing.
_CJK_RUN = re.compile(
    "([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00\uff5f-\uffef]+)"
)  # _CJK without U+FF01-FF5E


def index_text(text: str) -> str:
    """The form stored in lead_fts: full-width letters, digits and signs folded to ASCII
    (ＡＢＣ１２ = ABC12), CJK characters spaced out, tokens one space apart."""
    parts = _CJK_RUN.split(text)  # other, CJK, other, …, other
    parts.append("")  # the last other text is then followed by a CJK run, an empty one
    pieces: list[str] = []
    add = pieces.append
    for i in range(0, len(parts) - 1, 2):
        other = parts[i]
        if other and not other.isspace():
            if not other.isascii():
                other = other.translate(_FULL_WIDTH)
            add(" ".join(other.split()))
        run = parts[i + 1]
        if run:  # spaced out by one replace: no string made per character
            add(run.replace("", " ")[1:-1])
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
