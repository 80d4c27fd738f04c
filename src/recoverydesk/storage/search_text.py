"""How journal text is folded for search, the same way when it is written and when it is asked.

SQLite's own ``unicode61`` tokenizer folds Latin accents only: "σημερα" does not find
"σήμερα", "strasse" does not find "Straße", and a Chinese or Japanese sentence is one long
token, so a word inside it is never found. So the search index holds a folded copy of the
text, made here (``fold``, registered on every connection as the SQL function
``search_fold`` that the journal's triggers call):

- accents and other combining marks dropped in every script (Greek tonos, Vietnamese, …),
  except the Japanese voicing marks, which change the word;
- Unicode case folding (``ß`` → ``ss``, final ``ς`` → ``σ``);
- runs of CJK characters (Han, kana, Hangul) cut into overlapping pairs, with the run's last
  character on its own, so any word of one, two or more characters inside a longer run is
  found ("开心" in "今天我很开心").

The index is contentless (nothing of the text is kept twice); snippets are made here too,
from the entry's own text, marking the words the folded query matches.
"""

from __future__ import annotations

import bisect
import functools
import re
import sqlite3
import unicodedata

SQL_FUNCTION = "search_fold"
_KEEP_MARKS = {"\u3099", "\u309a"}  # Japanese voicing marks: が is not か
_CJK = ("\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """The text as the index holds it (and as queries are matched against it)."""
    if text and text.isascii():  # nothing to decompose, no marks, no CJK: only the case
        return text.lower()
    return _CJK_RUN.sub(lambda run: f" {_pairs(run.group())} ", _plain(text)) if text else ""


def _query_fold(word: str) -> str:
    """A typed word folded for a query: a CJK run as its pairs only (one character alone)."""
    return _CJK_RUN.sub(lambda run: f" {_pairs(run.group(), alone=False)} ", _plain(word))


def _plain(text: str) -> str:
    """Marks dropped and case folded; CJK runs left whole."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = _MAYBE_MARK.sub(_drop_mark, decomposed)  # most text is ASCII: looked at it once
    return unicodedata.normalize("NFC", plain).casefold()


_MAYBE_MARK = re.compile("[\u0300-\U0010ffff]+")  # no character below U+0300 combines


def _drop_mark(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c) or c in _KEEP_MARKS)


def _pairs(run: str, alone: bool = True) -> str:
    pairs = [run[i:i + 2] for i in range(len(run) - 1)]
    return " ".join([*pairs, run[-1]] if alone or not pairs else pairs)


def register(conn: sqlite3.Connection) -> None:
    """Make ``search_fold`` callable on this connection (the triggers need it)."""
    conn.create_function(SQL_FUNCTION, 1, fold, deterministic=True)


def match_query(words: str) -> str:
    """An FTS5 query: every word must appear; the last one also as the start of a word
    (search as you type) once it has two letters, so "l" is not a search for most of the
    journal. A CJK word is a phrase of its pairs."""
    parts = []
    typed = words.split()
    for position, word in enumerate(typed):
        tokens = _WORD.findall(_query_fold(word))
        if not tokens:
            continue
        phrase = '"' + " ".join(tokens).replace('"', '""') + '"'
        last = tokens[-1]
        as_prefix = position == len(typed) - 1 and (len(last) >= 2 or _CJK_RUN.fullmatch(last))
        parts.append(phrase + ("*" if as_prefix else ""))
    return " ".join(parts)


def snippet(text: str, words: str, start: str, end: str, width: int = 16) -> str:
    """About ``width`` words of ``text`` around the first match, matched words marked with
    ``start`` and ``end``; the start of the text when nothing matches."""
    terms = _WORD.findall(_plain(words))
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return " ".join(text.split())[:160]
    # Only up to the first match, then only the words shown: a long entry is not read to
    # its end for every snippet (most of a search's time at 100,000 entries).
    first_hit = _first_hit(text, tokens, terms)
    first = max(0, min(first_hit - width // 4, len(tokens) - width))
    last = min(len(tokens), first + width)
    cut_from = tokens[first].start() if first else 0
    cut_to = tokens[last - 1].end() if last < len(tokens) else len(text)
    pieces, at = [], cut_from
    for i in range(first, last):
        if _matches(tokens[i].group(), terms):
            hit_from, hit_to = _hit_span(tokens[i], terms)
            pieces += [text[at:hit_from], start, text[hit_from:hit_to], end]
            at = hit_to
    pieces.append(text[at:cut_to])
    body = " ".join("".join(pieces).split())
    return ("…" if first else "") + body + ("…" if last < len(tokens) else "")


def _first_hit(text: str, tokens: list[re.Match[str]], terms: list[str]) -> int:
    """The index of the first token a term matches (0 if none). Plain ASCII text and words
    (most journals) need no folding beyond case: one regular expression finds it, instead
    of folding and testing each word in Python up to the match."""
    if terms and text.isascii() and all(term.isascii() for term in terms):
        pattern = r"\b(?:" + "|".join(map(re.escape, terms)) + ")"
        found = re.search(pattern, text, re.IGNORECASE)
        if found is None:
            return 0
        return bisect.bisect_right(tokens, found.start(), key=lambda token: token.start()) - 1
    return next((i for i, token in enumerate(tokens) if _matches(token.group(), terms)), 0)


_plain_word = functools.lru_cache(maxsize=65536)(_plain)  # words repeat: fold each once


def _hit_span(token: re.Match[str], terms: list[str]) -> tuple[int, int]:
    """Where to mark in this token: all of it, or the CJK word inside a longer run."""
    folded = _plain_word(token.group())
    if len(folded) == len(token.group()) and _CJK_RUN.search(folded):
        for term in terms:
            at = folded.find(term)
            if at >= 0:
                return token.start() + at, token.start() + at + len(term)
    return token.start(), token.end()


def _matches(token: str, terms: list[str]) -> bool:
    folded = _plain_word(token)
    if _CJK_RUN.search(folded):
        return any(term in folded for term in terms if _CJK_RUN.search(term))
    return any(folded.startswith(term) for term in terms)
