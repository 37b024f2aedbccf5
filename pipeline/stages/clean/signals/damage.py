"""Damaged answers: mojibake left after repair, truncation, keyboard mash.

- **mojibake**: ``fix_mojibake`` (ftfy) repairs UTF-8 read as Latin-1 or Windows-1252 when the bytes
  survived; what it cannot repair stays visible: ``â€``/``Ã©`` sequences next to replacement
  characters (``�``), ``锟斤拷``, and UTF-8 read as GBK (``鍚嶅瓧``), whose Han characters are almost
  all rare ones. "Rare" is measured with the codecs Python ships: a Han character is common when it
  is in the first level of GB2312 (3,755 characters) or of Big5 (5,401), which hold nearly every
  character of ordinary simplified or traditional text;
- **truncation**: the answer stops where no answer stops: inside an unclosed code fence, in code
  mid-statement, in prose after a comma or a function word; prose that ends in a letter without
  end punctuation is borderline (a word cut in half and a finished word look alike without a
  dictionary);
- **machine-translated code**: code whose keywords were translated with the prose
  (``如果 n <= 1：`` / ``返回假``);
- **keyboard mash**: Latin "words" that no language writes: no vowel, one short unit over and over
  (``asdasdasd``), or three neighbouring keys (``sdf``, ``hjk``), with no function word of any language
  around them.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

import numpy as np

from pipeline.stages.clean.signals.asked import (
    asks_keys,
    asks_notation,
    asks_odd_words,
    asks_styled_letters,
    asks_symbols,
)
from pipeline.text.blocks import is_code_line, is_labelled, is_list_item, is_table_row

# --- mojibake ------------------------------------------------------------------------------------

_MOJIBAKE = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u20ac\u201a\u201e\u2018-\u201d\u2022\u2013\u2014\u2122]|\ufffd|锟斤拷|烫烫烫|屯屯屯|ï¼"
)
_MOJIBAKE_START = re.compile("[ÂÃâ\ufffd锟烫屯ï]")
"""The first characters of :data:`_MOJIBAKE`'s sequences: a one-class scan (fast) that most answers fail."""
MOJIBAKE_MIN_HITS = 2
"""Mojibake sequences needed to call an answer damaged (one can be a quoted example); one replacement
character ``�`` is enough (bytes were lost)."""

RARE_HAN_MIN = 12
"""Han characters an answer needs before its share of rare ones is judged."""

RARE_HAN_SHARE = 0.4
"""Share of rare Han characters (outside GB2312 and Big5 level 1) from which an answer is GBK mojibake."""


@lru_cache(maxsize=1)
def _common_han() -> np.ndarray:
    """Per BMP code point: True for a Han character in GB2312 level 1 or Big5 level 1."""
    table = np.zeros(0x10000, dtype=bool)
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        try:
            b = ch.encode("gb2312")
            if 0xB0 <= b[0] <= 0xD7:
                table[cp] = True
                continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
            if 0xA4 <= b[0] <= 0xC6:
                table[cp] = True
        except UnicodeEncodeError:
            pass
    return table


def common_han_table() -> np.ndarray:
    """Per BMP code point: True for a common Han character (GB2312 level 1 or Big5 level 1)."""
    return _common_han()


def prepare() -> None:
    """Build the common-Han table now (before forking workers)."""
    _common_han()


def rare_han_share(text: str) -> tuple[float, int]:
    """(share of Han characters that are rare, number of Han characters) of ``text``."""
    if text.isascii():
        return 0.0, 0
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = (a >= 0x4E00) & (a < 0xA000)
    n = int(han.sum())
    if not n:
        return 0.0, 0
    common = int(_common_han()[a[han]].sum())
    return (n - common) / n, n


def rare_han_shares(texts: list[str]) -> list[tuple[float, int]]:
    """:func:`rare_han_share` of many texts at once (numpy over the code points of all of them)."""
    n = len(texts)
    if not n:
        return []
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    # Texts joined with a letter after each: every text owns a non-empty segment (exact reduceat sums).
    a = np.frombuffer(("a".join(texts) + "a").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    han = (a >= 0x4E00) & (a < 0xA000)
    common = np.zeros(len(a), dtype=bool)
    common[han] = _common_han()[a[han]]
    han_n = np.add.reduceat(han, starts, dtype=np.int64).tolist()
    common_n = np.add.reduceat(common, starts, dtype=np.int64).tolist()
    return [((h - c) / h, h) if h else (0.0, 0) for h, c in zip(han_n, common_n)]


_ENTITY = re.compile(r"&(?:lt|gt|quot|amp|apos|#\d{2,5});")
ENTITY_MIN = 3
"""HTML character references an answer must hold to be escaped text (``&lt;p&gt;``, ``&quot;&quot;&quot;``)."""
_ENTITY_TOPIC = re.compile(r"html|xml|entit|escap|markup|网页|转义|实体|标签", re.I)


def escaped_markup(output: str, prompt: str = "") -> bool:
    """True when the answer holds HTML character references where characters belong (text escaped twice).

    ``&lt;html&gt;`` and ``&quot;&quot;&quot;`` in an answer (three or more) come from a file escaped
    for the web; a prompt about HTML, escaping or entities exempts it. Borderline: the text under the
    escaping may be fine.
    """
    return "&" in output and len(_ENTITY.findall(output)) >= ENTITY_MIN and not _ENTITY_TOPIC.search(prompt)


def _rare_han_beyond(output: str, prompt: str, n: int) -> bool:
    """True when the rare Han characters of ``output`` that ``prompt`` does not hold are still a mojibake share.

    A rare character the prompt holds is the one asked about (a word pyramid of 喵, a name to copy), not a
    misread byte pair (round on heldout13). ``n`` is the number of Han characters of ``output``.
    """
    common = _common_han()
    rare = sum(1 for ch in output if "\u4e00" <= ch < "\ua000" and not common[ord(ch)] and ch not in prompt)
    return rare >= RARE_HAN_SHARE * n


def mojibake(output: str, rare_han: tuple[float, int] | None = None, prompt: str | None = None) -> str | None:
    """``"mojibake"`` when the answer still holds mojibake after repair, else None.

    ``rare_han`` is :func:`rare_han_share` of ``output`` when the caller has it (from :func:`rare_han_shares`).
    With ``prompt`` given, a prompt about encodings or garbled text (:data:`ENCODING_TOPIC`), or one that holds
    mojibake itself (the garbled text the answer explains and quotes), exempts the answer (round on heldout9).
    """
    if output.isascii():
        return None
    found = "\ufffd" in output or (
        _MOJIBAKE_START.search(output) is not None and len(_MOJIBAKE.findall(output)) >= MOJIBAKE_MIN_HITS
    )
    if not found:
        share, n = rare_han if rare_han is not None else rare_han_share(output)
        found = n >= RARE_HAN_MIN and share >= RARE_HAN_SHARE
        if found and prompt:
            found = _rare_han_beyond(output, prompt, n)
    if not found:
        return None
    if prompt is not None and (ENCODING_TOPIC.search(prompt) is not None or mojibake(prompt) is not None):
        return None  # the garbled text asked about, quoted back in the explanation
    return "mojibake"


# --- mis-decoding (decode and test) -----------------------------------------------------------------

SINGLE_BYTE_CODECS = (
    "cp1252",
    "mac_roman",
    "cp437",
    "cp850",
    "cp1251",
    "koi8_r",
    "cp866",
    "latin-1",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1255",
    "cp1257",
    # round on heldout9: Mac Cyrillic (вАЩ), DOS Greek (έΑβ), DOS Hebrew (Γא£), ISO Cyrillic (т\x80\x93)
    "mac_cyrillic",
    "cp737",
    "cp862",
    "iso8859_5",
)
"""Codecs UTF-8 bytes are commonly read through, one character per byte."""
MULTI_BYTE_CODECS = ("shift_jis", "euc_kr", "gbk", "big5")
"""Codecs of East Asian text that UTF-8 bytes are read through (two bytes per character)."""
_PUNCT_LEADS = frozenset("\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u00b7\u2039\u203a\u00a0")


def _lead_class(codec: str) -> re.Pattern[str]:
    """The characters ``codec`` reads UTF-8 lead bytes (0xC2-0xF4) as, quotes and dashes left out."""
    chars = {bytes([b]).decode(codec, errors="ignore") for b in range(0xC2, 0xF5)}
    chars = {c for c in chars if c and not c.isascii() and c not in _PUNCT_LEADS}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_LEADS = tuple((codec, _lead_class(codec)) for codec in SINGLE_BYTE_CODECS)
_EAST_ASIAN = r"\u3040-\u30ff\uff61-\uff9f\uac00-\ud7af\u3130-\u318f"
_EAST_ASIAN_HINT = re.compile(f"[{_EAST_ASIAN}]")
_ANY_LEAD = re.compile("[" + "".join(p.pattern[1:-1] for _, p in _LEADS) + "]")
_ANY_HINT = re.compile("[" + "".join(p.pattern[1:-1] for _, p in _LEADS) + _EAST_ASIAN + "]")
"""One character class that any mis-decoding this module tests for needs (a fast scan that real text fails)."""
_LATIN1 = re.compile(r"[\u00a0-\u00ff]")
_LONG_RUN = re.compile(r"\S{24,}")
_LATIN_EXT = re.compile(r"[\u00a0-\u024f]")
SPACELESS_LATIN_SHARE = 0.3
"""Share of accented Latin letters and Latin-1 symbols in a run of 24+ characters without a space from which the run is
East Asian text read through a single-byte codec (bytes the cleaning dropped as controls cannot be decoded back)."""


def _spaceless_latin(output: str) -> bool:
    """True when a run of 24+ characters without spaces is at least :data:`SPACELESS_LATIN_SHARE` accented Latin.

    Languages written in Latin letters separate their words; three characters of mis-read UTF-8 per Han
    character (``ĺçĺ¸¸č§ç¨``) do not.
    """
    for m in _LONG_RUN.finditer(output, 0, 4000):
        run = m.group()
        if not run.isascii() and len(_LATIN_EXT.findall(run)) >= SPACELESS_LATIN_SHARE * len(run):
            return True
    return False


_QUOTED_PRINTABLE = re.compile(r"=[89A-F][0-9A-F]")
QUOTED_PRINTABLE_MIN = 6
"""``=XX`` escapes of non-ASCII bytes (quoted-printable) an answer needs before it is decoded and tested."""
_BYTE_ESCAPE_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_OCTAL_ESCAPE_RUN = re.compile(r"(?:\\[0-3][0-7]{2})+")
"""Round on heldout11: the same bytes in octal (``\\344\\270\\255``, as git or a C literal quotes them)."""
BYTE_ESCAPE_MIN = 6
"""``\\xHH`` escapes (a Python bytes literal printed as text) an answer needs before they are decoded and tested."""
_UTF7_RUN = re.compile(r"\+([A-Za-z0-9/+]{6,})-?")
UTF7_MIN_RUNS = 2
"""Runs of ``+base64-`` (UTF-7) that must decode to letters of another script before an answer is taken as UTF-7."""
_MISREAD_BOMS = {
    "\u00ff\u00fe": "UTF-16 read as Latin-1",
    "\u00fe\u00ff": "UTF-16 read as Latin-1",
    "\u00ef\u00bb\u00bf": "UTF-8 read as Latin-1",
}
ENCODING_TOPIC = re.compile(
    r"encod|decod|codec|charset|mojibake|garbl|utf|unicode|ascii|latin|cp\d{3,4}|byte|hex|escap|quoted|mime|email source|"
    r"编码|解码|乱码|字符集|字节|转义",
    re.I,
)
"""A prompt about encodings: its answer may show mis-decoded text on purpose."""


def _shrinks(text: str, codec: str) -> bool:
    """True when ``text`` written back in ``codec`` is valid UTF-8 that is shorter and not plain ASCII."""
    try:
        fixed = text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return not fixed.isascii() and len(fixed) < len(text)


def _escaped_utf8(output: str, octal: bool = False, prompt: str | None = None) -> bool:
    r"""True when byte escapes (at least :data:`BYTE_ESCAPE_MIN`) decode to 2+ non-ASCII UTF-8 characters.

    ``\\xHH`` escapes, or with ``octal`` three-digit octal escapes (``\\344``): UTF-8 bytes printed as escapes in
    either notation. With ``prompt``, characters the prompt holds do not count (the prompt asks how that very
    text is shown escaped: ``git status`` quoting a file name it gives).
    """
    runs = (_OCTAL_ESCAPE_RUN if octal else _BYTE_ESCAPE_RUN).findall(output)
    if sum(len(r) for r in runs) < 4 * BYTE_ESCAPE_MIN:
        return False
    decoded = 0
    for run in runs:
        try:
            if octal:
                raw = bytes(int(run[i + 1 : i + 4], 8) for i in range(0, len(run), 4))
            else:
                raw = bytes.fromhex(run.replace("\\x", ""))
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        decoded += sum(1 for ch in text if ord(ch) > 127 and (prompt is None or ch not in prompt))
    return decoded >= 2


def _utf7(output: str) -> bool:
    """True when at least :data:`UTF7_MIN_RUNS` ``+base64-`` runs with letters decode (UTF-7) to non-ASCII letters."""
    found = 0
    for m in _UTF7_RUN.finditer(output):
        run = m.group(1)
        if run.isdigit() or not any(c.isalpha() for c in run):
            continue
        try:
            text = f"+{run}-".encode("ascii").decode("utf-7")
        except UnicodeDecodeError:
            continue
        if text and not text.isascii() and all(c.isalpha() or c in "，。、：；！？" for c in text):
            found += 1
            if found >= UTF7_MIN_RUNS:
                return True
    return False


ENCODED_MIN_CHARS = 16
"""Characters the decoded text must have before an answer is taken as text written in a binary-to-text encoding ..."""
ENCODED_MIN_SHARE = 0.5
"""... and the share of the answer's non-space characters the encoded lines or runs must make up."""
_B64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_ENCODED_TOPIC = re.compile(r"base ?64|base ?32|uu ?encod|uudecode|\bmime\b|attachment|jwt|token|附件|令牌", re.I)


def _readable(raw: bytes) -> bool:
    """True when ``raw`` is UTF-8 text: letters (Han), spaces and punctuation, at least half letters or Han."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if len(text) < ENCODED_MIN_CHARS or (
        not text.isprintable() and any(c not in "\n\r\t" for c in text if not c.isprintable())
    ):
        return False
    letters = sum(1 for c in text if c.isalpha())
    return letters >= 0.5 * len(text) and (" " in text or any("\u4e00" <= c <= "\u9fff" for c in text))


def _uu_lines(output: str) -> tuple[bytes, int]:
    """(the bytes of every line of ``output`` that is a well-formed uuencoded line, those lines' characters)."""
    import binascii

    data = bytearray()
    chars = 0
    for line in output.split("\n"):
        line = line.rstrip()
        if not line or not "!" <= line[0] <= "`" or not line.isascii():
            continue
        n = (ord(line[0]) - 32) & 63
        if n == 0 or len(line) - 1 not in (4 * ((n + 2) // 3), 4 * ((n + 2) // 3) + 1):
            continue
        try:
            data += binascii.a2b_uu(line)
        except (binascii.Error, ValueError):
            continue
        chars += len(line)
    return bytes(data), chars


def encoded_text(output: str, prompt: str = "") -> str | None:
    """How the answer is text written in a binary-to-text encoding (``"uuencode"``, ``"base64"``), else None.

    A decode round trip, like :func:`misdecoded`: a mail client or an exporter that left the answer as an
    attachment body (``begin 644 reply.txt`` / ``M22!A;2!C…``) or as a base64 string. The lines that are
    well-formed uuencode (the first character gives the byte count, the length fits it), or the base64 runs
    (16+ characters), make up at least :data:`ENCODED_MIN_SHARE` of the answer and decode to readable UTF-8 text
    (:func:`_readable`: at least :data:`ENCODED_MIN_CHARS` characters, half letters, words). Real prose and hashes
    never decode so. Not for a prompt about encodings, attachments or tokens.
    """
    nonspace = len(output) - output.count(" ") - output.count("\n")
    if nonspace < ENCODED_MIN_CHARS:
        return None
    found = None
    if "\nM" in output or output.startswith(("begin ", "M")):
        data, chars = _uu_lines(output)
        if chars >= ENCODED_MIN_SHARE * nonspace and _readable(data):
            found = "text written as uuencode"
    if found is None and output.count(" ") * 12 < len(output):
        runs = _B64_RUN.findall(output)
        if sum(map(len, runs)) >= ENCODED_MIN_SHARE * nonspace:
            import base64
            import binascii

            raw = bytearray()
            for run in runs:
                body = run.rstrip("=")
                try:
                    raw += base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
                except (binascii.Error, ValueError):
                    return None
            if _readable(bytes(raw)):
                found = "text written as base64"
    if found is None or ENCODING_TOPIC.search(prompt) is not None or _ENCODED_TOPIC.search(prompt) is not None:
        return None
    return found


def misdecoded(output: str, prompt: str = "", rare_han: tuple[float, int] | None = None) -> str | None:
    r"""How the answer was mis-decoded (``"UTF-8 read as mac_roman"``), tested by decoding it back; else None.

    The answer is written back in each codec UTF-8 is commonly misread through (single-byte codecs whose reading
    of a UTF-8 lead byte occurs in it; Shift-JIS, EUC-KR with kana or Hangul in it; GBK, Big5 with many rare Han
    characters) and is a mis-decoding when that gives valid UTF-8 that is shorter and not ASCII: real text almost
    never does. Also a leading byte-order mark read as Latin-1 (``ÿþ`` of UTF-16) and quoted-printable UTF-8
    (``=E4=BD=A0``, at least :data:`QUOTED_PRINTABLE_MIN` runs that decode to UTF-8), UTF-8 bytes written as
    ``\\xHH`` or octal escapes (``b'\\xe2\\x80\\x9c'``, ``\\344\\270\\255``) and UTF-7 (``+ZYdrYw-``). Not for a
    prompt about encodings (:data:`ENCODING_TOPIC`).
    """
    found = _misdecoding(output, rare_han)
    if found is None and "\\3" in output and _escaped_utf8(output, octal=True, prompt=prompt):
        found = "UTF-8 bytes written as octal escapes"  # round on heldout11: any escape notation decodes back
    if found is None or ENCODING_TOPIC.search(prompt) is not None:
        return None
    return found


def _misdecoding(output: str, rare_han: tuple[float, int] | None) -> str | None:
    for bom, name in _MISREAD_BOMS.items():
        if output.startswith(bom):
            return name
    if output.count("=") >= QUOTED_PRINTABLE_MIN and len(_QUOTED_PRINTABLE.findall(output)) >= QUOTED_PRINTABLE_MIN:
        import quopri

        try:
            decoded = quopri.decodestring(output.encode("ascii", errors="ignore")).decode("utf-8")
        except UnicodeDecodeError:
            decoded = ""
        if decoded and not decoded.isascii():
            return "quoted-printable UTF-8"
    if "\\x" in output and _escaped_utf8(output):
        return "UTF-8 bytes written as \\x escapes"
    if "+" in output and _utf7(output):
        return "UTF-7"
    rare = rare_han is not None and rare_han[1] >= RARE_HAN_MIN and rare_han[0] >= 0.2
    if output.isascii():
        return None
    if not rare and _ANY_HINT.search(output) is None:
        return _cluster_misread(output)  # round on heldout15: a code page none of the leads above belongs to
    if _ANY_LEAD.search(output) is not None:
        for codec, leads in _LEADS:
            if leads.search(output) is not None and _shrinks(output, codec):
                return f"UTF-8 read as {codec}"
    if _spaceless_latin(output):
        return "a long run without spaces of accented Latin letters and Latin-1 symbols (East Asian text read as Latin)"
    if _LATIN1.search(output) is not None and _shrinks(output, "cp500"):
        return "UTF-8 read as cp500 (EBCDIC)"  # ASCII itself changes: every letter, digit and space
    east_asian = _EAST_ASIAN_HINT.search(output) is not None
    for codec in MULTI_BYTE_CODECS:
        if (east_asian if codec in ("shift_jis", "euc_kr") else rare) and _shrinks(output, codec):
            return f"UTF-8 read as {codec}"
    return _cluster_misread(output)


def _single_byte_codecs() -> tuple[str, ...]:
    """Every single-byte code page Python ships that keeps ASCII (one character per byte), by module name."""
    import codecs
    import encodings
    import importlib
    import pkgutil

    found = []
    for mod in sorted(m.name for m in pkgutil.iter_modules(encodings.__path__)):
        try:
            table = getattr(importlib.import_module(f"encodings.{mod}"), "decoding_table", None)
            name = codecs.lookup(mod).name
        except (ImportError, LookupError):
            continue
        if isinstance(table, str) and len(table) == 256 and table[:128] == bytes(range(128)).decode("ascii"):
            found.append(name)
    return tuple(found)


CLUSTER_CODECS = (
    *SINGLE_BYTE_CODECS,
    "cp775",
    "cp852",
    "cp855",
    "cp857",
    "cp864",
    "cp869",
    "cp874",
    "cp1254",
    "cp1256",
    "cp1258",
    "iso8859_4",
    "iso8859_13",
    "iso8859_15",
    "koi8_u",
    "mac_greek",
    "mac_latin2",
    "mac_turkish",
)
"""Single-byte codecs a cluster of mis-read characters is written back through first (:func:`_cluster_misread`);
then every other single-byte code page Python ships (round on heldout15: Kazakh PT154 ``вҖҷ``, DOS Arabic cp720
``ظ£``): a general decode round trip, not a list of the code pages seen so far."""
_LOST_BYTES = range(0x80, 0xA0)
"""Bytes a code page may read as C1 control characters, which the cleaning removes: a cluster one byte short is tried
with each of them put back after its lead byte."""


@cache
def _cluster_codecs() -> tuple[tuple[str, frozenset[int], frozenset[str]], ...]:
    """(codec, the bytes 0x80-0x9F it reads as C1 controls, the characters a run may hold) per codec tried.

    The codecs are those :func:`_cluster_misread` tries; the characters are what the codec reads bytes 0x80-0xFF
    as and Windows-1252's readings of the C1 bytes: a run holding another character cannot be written back, so it
    is not tried (no exception per codec and run).
    """
    import codecs

    names = list(CLUSTER_CODECS)
    seen = {codecs.lookup(c).name for c in names}
    names += [c for c in _single_byte_codecs() if c not in seen]
    out = []
    for codec in names:
        lost = frozenset(b for b in _LOST_BYTES if bytes([b]).decode(codec, errors="ignore") in ("", chr(b)))
        chars = frozenset(bytes(range(0x80, 0x100)).decode(codec, errors="ignore")) | frozenset(_C1_AS_CP1252)
        out.append((codec, lost, chars))
    return tuple(out)


_C1_AS_CP1252 = {c: b for b in _LOST_BYTES if (c := bytes([b]).decode("cp1252", errors="ignore"))}
"""The characters Windows-1252 reads the bytes 0x80-0x9F as (``€``, ``‚``, ``“`` …): what the mojibake repair makes of
a C1 control that another code page left in the text, mapped back to the byte."""


def _encode_run(run: str, codec: str) -> bytes | None:
    """``run`` written back in ``codec``, or None when it cannot be.

    A character the codec lacks that Windows-1252 reads a C1 byte as counts as that byte (the mojibake repair
    turned the control character into it).
    """
    try:
        return run.encode(codec)
    except UnicodeEncodeError:
        pass
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode(codec)
        except UnicodeEncodeError:
            b = _C1_AS_CP1252.get(ch)
            if b is None:
                return None
            raw.append(b)
    return bytes(raw)


def _cluster_char(run: str, codec: str, lost: frozenset[int]) -> str | None:
    """The one character ``run`` written back in ``codec`` decodes to as UTF-8 (a dropped C1 byte put back), or None."""
    raw = _encode_run(run, codec)
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(raw) == 2 and 0xE0 <= raw[0] <= 0xEF:
        for b in lost:
            try:
                return (raw[:1] + bytes([b]) + raw[1:]).decode("utf-8")
            except UnicodeDecodeError:
                continue
    return None


_CLUSTER = re.compile(r"[^\x00-\x7f]{2,4}")
_CJK_CHAR = re.compile(r"[\u2e80-\ud7ff\uf900-\ufaff]")
"""CJK characters, kana and Hangul: no single-byte code page reads a byte as one (Arabic presentation forms, which
DOS Arabic cp864 does, lie beyond them)."""
CLUSTER_MIN_HITS = 2
"""Clusters that must decode back before an answer in Latin letters is taken as mis-read."""


def _cluster_misread(output: str) -> str | None:
    """A codec through which 2+ runs of non-ASCII characters in otherwise ASCII text decode back to punctuation.

    The whole-answer test (:func:`_shrinks`) fails when one character of the answer does not exist in the codec
    or was changed by cleaning; mis-read smart quotes and dashes (``ŌĆÖ``, ``ﻗ°ﻷ``, ``Â°``) are still each a run
    of 2-4 characters that, written back in one single-byte codec, is one valid UTF-8 character of General
    Punctuation or Latin-1 (``’``, ``“``, ``°``). Only for text that is at least 60 % ASCII (Latin-script prose);
    every codec any old system used is tried, run by run (:data:`CLUSTER_CODECS`).
    """
    head = output[:4000]
    if len(head.encode("ascii", "ignore")) < 0.6 * len(head):  # counted in C
        return None
    # no single-byte code page reads a byte as a CJK character: runs holding one (a Chinese word in an English
    # answer, a comment in code) are not tried
    runs = [r for r in _CLUSTER.findall(head) if _CJK_CHAR.search(r) is None]
    if len(runs) < CLUSTER_MIN_HITS:
        return None
    for codec, lost, chars in _cluster_codecs():
        hits = 0
        for run in runs:
            if not chars.issuperset(run):
                continue
            ch = _cluster_char(run, codec, lost)
            if ch is not None and len(ch) == 1 and ("\u2010" <= ch <= "\u206f" or "\u00a0" <= ch <= "\u00ff"):
                hits += 1
        if hits >= CLUSTER_MIN_HITS:
            return f"UTF-8 read as {codec} (runs of characters decode back to punctuation)"
    return None


# --- truncation ----------------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})", re.M)
TERMINAL_CHARS = ".!?。！？…)）]】」』\"'”’>`*|}；;:：~0123456789"
"""Characters an answer may end with without looking cut."""
_TERMINAL = tuple(TERMINAL_CHARS)
_DANGLING_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
        "whose",
        "their",
        "its",
        "our",
        "your",
        "his",
        "her",
        "my",
        "than",
        "so",
        "if",
        "because",
        "while",
        "when",
        "where",
        "into",
        "onto",
        "between",
        "through",
        "during",
        "including",
        "such",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
    ]
)
_DANGLING_ZH = frozenset("的和与及或是在对把被从向将为以而但并")
_LAST_WORD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]+)$")
_ZH_WORDS_ENDING_DANGLING = frozenset(
    [
        "目的",
        "真的",
        "有的",
        "是的",
        "似的",
        "别的",
        "好的",
        "对的",
        "随从",
        "服从",
        "自从",
        "因为",
        "认为",
        "作为",
        "行为",
        "成为",
        "称为",
        "以为",
        "现在",
        "存在",
        "正在",
        "实在",
        "所在",
        "自在",
        "但是",
        "就是",
        "可是",
        "总是",
        "于是",
        "还是",
        "或是",
        "都是",
        "只是",
        "不是",
        "正是",
        "也是",
        "真是",
        "凡是",
        "而是",
        "要是",
        "然而",
        "反而",
        "进而",
        "从而",
        "因而",
        "合并",
        "吞并",
        "兼并",
        "难以",
        "所以",
        "可以",
        "足以",
        "加以",
        "予以",
        "得以",
        "用以",
        "以及",
        "涉及",
        "普及",
        "危及",
        "波及",
        "不及",
        "参与",
    ]
)
"""Two-character words that end in a character of :data:`_DANGLING_ZH` (``随从``: a follower, not ``从``)."""
_ZH_DANGLING_MIN_LINE = 40
"""A last line ending in ``的`` is cut only when it is this long (``宏伟的``, ``匿名的`` end short definitions)."""
_BARE_MARKER = re.compile(r"^\s*(?:\(?\d{1,3}[.)、]|[（(]\d{1,3}[)）]|[-*•]|[一二三四五六七八九十]+、)\s*$")
_SHORT_CUT = ("，", "、", ":", "：")
"""Endings that cut a short answer (an English comma is not among them: "This movie was so bad," may be
what the task asked for)."""
_CODE_CHARS = re.compile(r"[()\[\]{}=<>]")
_CLOSING = re.compile(
    r"\b(?:sincerely|regards|best|cheers|thanks|yours|love)\W*$|^\s*(?:dear|hi|hello|to)\b[^\n]{0,60}$"
    r"|(?:亲爱的|尊敬的)\S{0,10}[,，：:]$",
    re.I,
)
"""Letter openings and closings that end in a comma: "Sincerely,", "Dear John,", "亲爱的妈妈：". """
_MARKER_BEFORE = frozenset("\n \t一二三四五六七八九十")
_LABEL_MAX_CHARS = 30
"""A list item ending in a colon up to this long is a heading whose body is missing."""
_BARE_TAIL = re.compile(r"\n\s*(?:\(?\d{1,3}[.)、]|[（(]\d{1,3}[)）]|[-*•]|[一二三四五六七八九十]+、)\s*$")


def open_end(output: str) -> bool:
    """True when ``output`` ends with a colon or a bare list marker.

    :func:`truncation` must look at such an answer although its last character may end a sentence.
    """
    text = output.rstrip()
    if text[-1:] in (":", "："):
        return True
    before = text[-2:-1]  # a bare marker's last character follows a digit, a numeral or a line break
    if not (before.isdigit() or before in _MARKER_BEFORE):
        return False
    return _BARE_TAIL.search(text[-16:]) is not None


_BLOCK_END = re.compile(r"^\s*end\s*[A-Za-z]*\s*$", re.I)
"""The closing line of pseudo-code (``END WHILE``, ``End for``)."""
_WORDISH = re.compile(r"[^\W_]")
_TAIL_OK = re.compile(
    r"(?:#\w+|@\w+|https?://\S+|www\.\S+|[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?)$"  # hashtags, links, emoji
    r"|[-–—]\s*[A-Z][\w.' ]{1,40}$"  # an attribution ("- Franklin D. Roosevelt")
    r"|[-–—]\s*[\u4e00-\u9fff·]{1,10}$",  # a Chinese attribution ("-匿名的")
)
_BLOCK_OPENER = re.compile(r"^\s*(?:if|elif|else|for|while|def|class|with|try|except|finally)\b.*:$")
"""A Python block header as the last line: its body is missing."""
_CODE_OPEN_END = re.compile(r"(?:[({\[=+\-*/]|\b(?:and|or|not|in|is)|</?[A-Za-z][^<>]*)$")


_BARE_NAME = re.compile(r"^\s+[A-Za-z_][\w.]*$")
_CONTINUES = re.compile(
    r"\b(?:def|class|if|elif|for|while|with|import|from|lambda|and|or|not|in|is|new|return\s+\S+\s*[+\-*/])$"
)
_STATEMENT_WORDS = frozenset(
    ["pass", "break", "continue", "return", "else", "try", "finally", "end", "fi", "done", "esac"]
)
_COMMENT = ("#", "//", "--", "/*", "*")


def _code_truncated(text: str, last: str) -> str | None:
    """``"truncated"`` when code stops mid-statement, else None.

    Mid-statement: an opener, operator or open tag at the very end, an open string, a keyword that
    needs a continuation (``def``, ``if``), an indented bare name (``        total``), markup whose last
    line cuts a tag open, or braces still open (``{`` more than ``}`` over the code lines).
    """
    tail = last.rstrip()
    stripped = tail.strip()
    if not stripped:
        return None
    if stripped.startswith(_COMMENT):
        return None
    if _CODE_OPEN_END.search(tail) or _CONTINUES.search(tail) or ("\n" in text and _BLOCK_OPENER.match(tail)):
        return "truncated"
    if stripped.count('"') % 2 == 1:
        return "truncated"
    if _BARE_NAME.match(tail) and stripped not in _STATEMENT_WORDS:
        return "truncated"
    if stripped.startswith("<") and stripped.rfind("<") > stripped.rfind(">"):
        return "truncated"  # a tag cut open: <td>Row 1</
    code = [ln for ln in text.split("\n") if is_code_line(ln) and not ln.strip().startswith(_COMMENT)]
    opened = sum(ln.count("{") for ln in code)
    if opened >= 1 and opened > sum(ln.count("}") for ln in code):
        return "truncated"
    return None


def _item_truncated(text: str, last: str) -> str | None:
    """The last list item or ``label: value`` line: judged against the lines of its own form.

    When at least three earlier lines of the same form, and three quarters of them, end with end
    punctuation and the last does not, the last is cut (``"truncated"`` after a function word,
    ``"suspect"`` otherwise).
    """
    if text.endswith(_TERMINAL) or _TAIL_OK.search(text[-60:]):
        return None
    same = is_list_item if is_list_item(last) else is_labelled
    earlier = [ln.rstrip() for ln in text.split("\n")[:-1] if same(ln)]
    ended = sum(1 for ln in earlier if ln.endswith((".", "。", "!", "！", "?", "？")))
    if ended < 3 or ended < 0.75 * len(earlier):
        return None
    m = _LAST_WORD.search(text[-30:])
    if m is not None and m.group(1).lower() in _DANGLING_EN:
        return "truncated"
    return "suspect"


_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…", ";", "；")
_FORM_LINE_MAX = 80
"""Lines of a line-form answer (trees, conjugation tables, drills, diffs) are at most this long."""
_TOKEN_ANSWER = re.compile(r"^[0-9A-Za-z+/=_:.-]{16,}$")
_ENUM_SEP = re.compile(r"、|, ")
_ENUM_ITEM_MAX = 20
_CODE_RUN_MAX = 300
_CODE_TOKEN_MAX = 8
"""A one-line run of 3+ tokens of one length (at most this many characters), without a lower-case letter, is
a list of codes, letters or symbols (``U+0042 U+0072 U+006F``, ``B C D … V``), complete (round on heldout14)."""
_ENUM_HAN_ITEM_MAX = 12
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_PUNCT = re.compile(r"[，。；;：:!?！？]")
_SHAPE = str.maketrans({**{d: "0" for d in "0123456789"}})


def _shape(item: str) -> str:
    """The character-class outline of a short item: digits 0, Han H, Latin a, runs collapsed (``11月4日`` → ``0H0H``)."""
    out: list[str] = []
    for ch in item.translate(_SHAPE):
        c = "0" if ch == "0" else "H" if "\u4e00" <= ch <= "\u9fff" else "a" if ch.isalpha() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def complete_by_form(text: str) -> bool:
    """True when an answer without end punctuation is complete by its own form, not cut.

    - one token of 16+ letters, digits or ``+/=_:.-`` with 2+ digits (a hash, an identifier, a key);
    - a one-line enumeration of 3+ short items (``、`` or ``, ``; at most 20 characters, 12 with Han, no clause
      punctuation) whose last item has the shape of the first (``11月4日、11月11日、11月25日``);
    - a one-line run of 3+ tokens of one length without a lower-case letter (``U+0042 U+0072``, ``B C D E``);
    - 3+ lines, none over 80 characters, none ending in sentence punctuation and none continuing the line
      before it: a form whose lines never end a sentence (a directory tree, a conjugation table, a typing
      drill, a diff, a schedule); not with a code fence (prose after code is judged as prose).

    Only a *suspect* ending is dropped this way; a clear cut (a comma, a function word, an open fence) stays.
    """
    if _TOKEN_ANSWER.match(text):
        return sum(ch.isdigit() for ch in text) >= 2  # a hash or key has digits; a letter run may be mash
    if "```" in text or "~~~" in text:
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) == 1:
        tokens = text.split()
        if (
            len(tokens) >= 3
            and len(text) <= _CODE_RUN_MAX
            and len({len(t) for t in tokens}) == 1
            and len(tokens[0]) <= _CODE_TOKEN_MAX
            and not any(ch.islower() for ch in text)
        ):
            return True  # a run of codes of one length (``U+0042 U+0072``, ``B C D E``): a list, not a sentence
        items = [it.strip() for it in _ENUM_SEP.split(text)]
        return (
            len(items) >= 3
            and all(0 < len(it) <= (_ENUM_HAN_ITEM_MAX if _HAN_CHAR.search(it) else _ENUM_ITEM_MAX) for it in items)
            and not any(_CLAUSE_PUNCT.search(it) for it in items)
            and _shape(items[-1]) == _shape(items[0])
        )
    if len(lines) < 3 or any(b.startswith(a.rstrip()) for a, b in itertools.pairwise(lines)):
        return False  # lines that grow from each other ("使用Set", "使用Set Effe", …) are a loop, not a form
    return all(len(ln) <= _FORM_LINE_MAX and not ln.rstrip().endswith(_SENTENCE_END) for ln in lines)


_ITEM_MARK = re.compile(r"^\s*(?:[-*•○●◦▪□☐✓✔>]|\d{1,2}[.)、]|[a-z][.)])\s+")
GIVEN_TAIL_MIN = 4
"""Characters (a Han character counts two) of an answer's tail that must end a line of the prompt ..."""
GIVEN_ITEM_MAX = 60
"""... or the longest last line that counts as an item the prompt gives."""


def _weight(text: str) -> int:
    return len(text) + sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def ends_on_given(output: str, prompt: str) -> bool:
    """True when an answer without end punctuation ends on material the prompt gives, so it is not cut.

    - its last line (without a list marker) is an item the prompt holds whole: found in the prompt and not
      running on into a longer word there (``○ The comedy`` for options "… and The comedy, in that order",
      ``Alice Jones`` for ``cut -c1-12`` over ``Alice Jones  Sales``), at most :data:`GIVEN_ITEM_MAX` characters;
    - or its tail ends where a line of the prompt ends, 2 × :data:`GIVEN_TAIL_MIN` characters in common (a
      shortened title keeping the last four characters, ``git log --oneline`` ending on the last message);
    - or every line of it (two or more) starts a line of the prompt: the given lines cut, as ``cut -c1-9`` or
      ``head -c`` prints them.

    The answer went through the given material to its end; a cut stops somewhere in its own words. An answer
    that is the prompt's text whole is an echo and stays judged. Only a *suspect* ending is dropped this way
    (round on heldout14).
    """
    text = output.rstrip()
    if _ITEM_MARK.sub("", text).strip() in prompt:
        return False  # the prompt's own text given back is an echo, not an answer ending on an item
    last = _ITEM_MARK.sub("", text.rsplit("\n", 1)[-1]).strip()
    if _weight(last) < GIVEN_TAIL_MIN:
        return False
    if len(last) <= GIVEN_ITEM_MAX:
        start = prompt.find(last)
        while start >= 0:
            after = prompt[start + len(last) : start + len(last) + 1]
            if not (after.isalnum() and last[-1:].isalnum()):
                return True
            start = prompt.find(last, start + 1)
    lines = [ln.rstrip() for ln in prompt.split("\n") if ln.strip()]
    for line in lines:
        n = 0
        while n < len(last) and n < len(line) and last[-1 - n] == line[-1 - n]:
            n += 1
        if _weight(last[len(last) - n :].strip()) >= 2 * GIVEN_TAIL_MIN:
            return True
    return cuts_given_lines(text, prompt)


def cuts_given_lines(output: str, prompt: str) -> bool:
    """True when every line of the answer (two or more) starts a line of the prompt: the given lines cut.

    ``cut -c1-14`` or ``head -c`` over the input prints such lines; one may end in a comma or a colon
    where the cut fell, and the answer is complete all the same (round on heldout14).
    """
    lines = [ln.rstrip() for ln in prompt.split("\n") if ln.strip()]
    rows = [ln.strip() for ln in output.split("\n") if ln.strip()]
    return len(rows) >= 2 and all(any(line.startswith(row) for line in lines) for row in rows)


_PAGE_FOOTER = re.compile(
    r"\n[ \t]*(?:page\s*(?P<n1>\d{1,3})\s*(?:of|/)\s*(?P<m1>\d{1,3})|第\s*(?P<n2>\d{1,3})\s*页\s*[,，/]?\s*共\s*(?P<m2>\d{1,3})\s*页"
    r"|[—–-]{1,2}\s*(?P<n3>\d{1,3})\s*[—–-]{1,2}|第\s*(?P<n4>\d{1,3})\s*页)[ \t]*$",
    re.I,
)
"""A page footer on the answer's last line (``Page 1 of 4``, ``第 1 页 共 2 页``, ``— 1 —``)."""
_PART_MARK = re.compile(r"[^\W\d_][ \t]*[(（]\s*(?P<n>\d)\s*/\s*(?P<m>\d{1,2})\s*[)）]$")
"""A part marker closing the answer (``… eucalyp (1/4)``, ``唐代伟（1/3）``): the first of several messages."""
_FRACTION_TOPIC = re.compile(r"/|fraction|ratio|divid|分数|比例|除以", re.I)
PART_END_CHARS = frozenset(")）—–-页0123456789]】")
"""Last characters of answers :func:`part_marker` may judge (the caller's cheap gate)."""
PART_TAIL_CHARS = 40
"""Only the last characters of an answer are searched for a footer or a part marker."""
_SENTENCE_ENDS = tuple('.!?。！？…"”’)）')
_THINK_OPEN = re.compile(r"^\s*<(think|thinking|reasoning)>", re.I)


def part_marker(output: str, prompt: str = "") -> str | None:
    """``"part"`` (cut), ``"part_suspect"`` (borderline) or None: the answer is the first part of a longer text.

    A page footer saying there are more pages (``Page 1 of 4``, ``第 1 页 共 2 页``), or a part marker
    ``(1/3)`` closing the answer after a word (not for a prompt about fractions or holding a slash), is a
    cut; a bare page number (``— 1 —``) is a cut when the text before it ends without end punctuation,
    borderline otherwise. A reasoning block opened (``<think>``) and never closed is a cut: the answer
    never came.
    """
    text = output.rstrip()
    m = _THINK_OPEN.match(text)
    if m is not None and f"</{m.group(1).lower()}>" not in text.lower():
        return "part"
    if len(text) < 20:
        return None
    tail_at = max(0, len(text) - PART_TAIL_CHARS)
    m = _PAGE_FOOTER.search(text, tail_at)
    if m is not None:
        n, total = m.group("n1") or m.group("n2"), m.group("m1") or m.group("m2")
        if n is not None and total is not None:
            return "part" if int(n) < int(total) else None
        before = text[: m.start()].rstrip()
        if not before:
            return None
        return "part_suspect" if before.endswith(_SENTENCE_ENDS) else "part"
    m = _PART_MARK.search(text, tail_at)
    if m is not None and int(m.group("n")) < int(m.group("m")) and not _FRACTION_TOPIC.search(prompt):
        return "part"
    m = _CUT_NOTE.search(text, tail_at)
    if m is not None and (m.group("en") or m.group("zh")):
        return "part"
    return None


_CUT_NOTE = re.compile(
    r"(?:[A-Za-z][ \t]+\[(?P<en>(?=[A-Za-z ]*[a-z])[A-Za-z][A-Za-z ]{2,28})\]"
    r"|[\u4e00-\u9fff][ \t]*[\[【](?P<zh>[\u4e00-\u9fff]{2,8})[\]】])$"
)
"""A bracketed note of the medium closing an unfinished sentence (``… can instantly affect [audio cut off]``,
``…首先关注重[信号中断]``): the text before it ends on a letter, not on end punctuation, so the note marks where
the text broke off, not a remark after it. An English note needs a lower-case letter (not ``[WHO]``); full-width
parentheses are left alone (``木炭（如煤油）`` closes a list item)."""
_CONTINUE_TAIL = re.compile(
    r"(?im)^[ \t]*[\[(【（]?[^\n]{0,12}(?:\b(?:reply|text|send|type)\b[^\n]{1,20}"
    r"\b(?:continue|keep reading|read more|see more|the rest|get more)\b"
    r"|(?:回复|发送)[^\n]{0,6}(?:继续|剩余|全文|下一[页部段]))[^\n]{0,16}$"
)
"""A closing line telling the reader to ask for the rest (``Reply MORE to continue.``, ``回复“继续”查看剩余内容``)."""
CONTINUE_TAIL_CHARS = 60
"""Only the last characters of an answer are searched for such a line."""


def continue_notice(output: str, prompt: str = "") -> bool:
    """True when the answer's last line tells the reader to send or click something to get the rest: a cut.

    A prompt about messages, bots or menus (where such a line may be the answer) exempts it.
    """
    tail = output.rstrip()[-CONTINUE_TAIL_CHARS:]
    # cheap gate: the line needs one of the pattern's verbs (case-folded: what its IGNORECASE matches)
    f = tail.casefold()
    if not ("reply" in f or "text" in f or "send" in f or "type" in f or "回复" in f or "发送" in f):
        return False
    if _CONTINUE_TAIL.search(tail) is None or "\n" not in output.strip():
        return False
    return _MESSAGE_TOPIC.search(prompt) is None


_MESSAGE_TOPIC = re.compile(
    r"\bsms\b|text message|chat ?bot|\bbot\b|menu|ivr|auto-?reply|notification|短信|机器人|菜单|自动回复|通知", re.I
)


def truncation(output: str, kind: str = "prose") -> str | None:
    """``"truncated"`` (clear), ``"suspect"`` (borderline) or None for one answer of kind ``kind``.

    A suspect ending of an answer complete by its own form (:func:`complete_by_form`) is None.
    """
    verdict = _truncation(output, kind)
    if verdict == "suspect" and complete_by_form(output.rstrip()):
        return None
    return verdict


def _truncation(output: str, kind: str) -> str | None:
    """The verdict of :func:`truncation` before the form check.

    Clear: an unclosed code fence; code whose last line stops mid-statement (``else:``, ``(``,
    ``=``, an open tag ``<td>Row 1</``, an open string); prose whose last line ends after a comma
    (not a letter closing such as ``Sincerely,``), a colon or a function word (``the``, ``and``,
    ``的``). Suspect: prose (or a one-paragraph list answer) whose last line ends in a letter or a
    Han character, without end punctuation, and is not a list item, ``label: value`` line, table
    row, heading, hashtag, link, emoji or attribution. Verse is never judged (its lines rarely end
    in punctuation).
    """
    text = output.rstrip()
    if ("```" in text or "~~~" in text) and len(_FENCE.findall(text)) % 2:
        return "truncated"  # an unclosed fence, however short the answer
    if kind == "verse":
        return None
    if len(text) + 2 * sum(1 for ch in text[-40:] if "\u4e00" <= ch <= "\u9fff") < 40:
        # a short answer is judged only by a clear cut: a comma or colon after three words (six Han
        # characters), not a letter closing ("Sincerely,")
        if (
            text.endswith(_SHORT_CUT)
            and "\n" not in text
            and not _CLOSING.search(text)
            and not _CODE_CHARS.search(text)
        ):
            words = len(text.split()) + sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") // 2
            return "truncated" if words >= 3 else None
        return None
    last = text.rsplit("\n", 1)[-1]
    if "\n" in text and _BARE_MARKER.match(last):
        return "truncated"  # the next list item was started and never written ("2.", "3、", "-")
    if is_code_line(last) or (kind == "code" and last[:1] in " \t"):
        return _code_truncated(text, last)
    if kind == "code" and "```" not in text:
        return None  # unfenced code whose last line is not code (pseudo-code, a closing remark)
    if kind == "table" or is_table_row(last) or last[:1] in " \t":
        return None
    if text.endswith((":", "：")) and _WORDISH.search(last):
        before = text[: -len(last)].rstrip()
        if not before.endswith((":", "：")):
            if "\n" in text and is_list_item(last) and len(last.strip()) > _LABEL_MAX_CHARS:
                return "suspect"  # a long item ending in a colon may be a form's question ("… you may have:")
            if "\n" in text and is_labelled(before.rsplit("\n", 1)[-1]):
                return "suspect"  # "Category 3: Bars\nCategory 4:": an empty last field may be meant
            return "truncated"  # announces what follows ("The rules are simple:", "4. 工作：") and stops
        # a form with empty fields ("OS version:\nBrowser version:") is complete
    if "\n" in text and (is_list_item(last) or is_labelled(last)):
        return _item_truncated(text, last)
    if text.endswith(_TERMINAL) or _TAIL_OK.search(text[-60:]):
        return None
    if not _WORDISH.search(last) or _BLOCK_END.match(last):
        return None  # symbols only (Morse code, a drawing) or the end of a pseudo-code block
    end = text[-1]
    if text.endswith("——") and last.count("、") >= 2:
        return "suspect"  # a drawn-out last item of an enumeration ("汪汪汪、哞——"), not a cut
    if end in ",，、(（" or text.endswith((" -", " –", "—")):
        return "truncated" if len(last) + 2 * sum(1 for ch in last if "\u4e00" <= ch <= "\u9fff") >= 40 else None
    m = _LAST_WORD.search(text[-30:])
    if m is not None:
        word = m.group(1)
        dangling = word.lower() in _DANGLING_EN and not (len(word) == 1 and word.isupper())  # "S A N A N A"
        if dangling and text[-len(word) - 1] in "-_" and " " not in last.strip():
            dangling = False  # one hyphenated token (a URL slug "dont-do-this", an identifier): no sentence to cut
        return "truncated" if dangling else "suspect"
    if end in _DANGLING_ZH:
        if text[-2:] in _ZH_WORDS_ENDING_DANGLING or (end == "的" and len(last) < _ZH_DANGLING_MIN_LINE):
            return "suspect"
        return "truncated"
    if end.isalpha():  # a Han character or another script's letter
        return "suspect"
    return None


# --- keyboard mash -------------------------------------------------------------------------------

_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_VOWELS = re.compile(r"[aeiouy]", re.I)
_SHORT_UNIT = re.compile(r"^(.{2,6})\1{1,}.{0,5}$")
_ROWS = (frozenset("qwertyuiop"), frozenset("asdfghjkl"), frozenset("zxcvbnm"))
_HOME_ROW = frozenset("asdfghjkl")
MASH_RE2 = r"(?i)(?:^|[^a-z])[b-df-hj-np-tv-xz]{3,}(?:[^a-z]|$)|[asdfghjkl]{4,}"
"""RE2 pattern (pyarrow) for answers that may hold mash words (a superset: a vowel-less or home-row run)."""
MASH_MIN_WORDS = 3
MASH_SHARE = 0.6
"""Share of mash words among an answer's Latin words from which it is keyboard mash."""


_KEY_RUNS = frozenset(
    [
        "asd",
        "sdf",
        "dfg",
        "fgh",
        "ghj",
        "hjk",
        "jkl",
        "zxc",
        "xcv",
        "cvb",
        "vbn",
        "bnm",
        "qwe",
        "yui",
        "dsa",
        "fds",
        "gfd",
        "hgf",
        "jhg",
        "kjh",
        "lkj",
        "cxz",
        "vcx",
        "bvc",
        "nbv",
        "mnb",
        "ewq",
        "iuy",
    ]
)
"""Three neighbouring keys in a row (not the top-row runs that English words hold: ert, wer, rty, iop)."""


HOME_ROW_MIN = 6
"""A word of this many letters or more typed on the home row alone (a, s, d, f, g, h, j, k, l) with at most a
quarter ``a`` is mash: English words of home-row letters only are short or rich in ``a`` (flask, salads)."""
_HOME_ROW_WORD = re.compile(r"[asdfghjkl]+")


def _mash_word(word: str) -> bool:
    low = word.lower()
    if word.isupper() and len(word) <= 6:  # an acronym: HTML, NASA
        return False
    if not _VOWELS.search(low):
        return True
    if len(low) >= 6 and _SHORT_UNIT.match(low):
        return True
    if len(low) >= HOME_ROW_MIN and _HOME_ROW_WORD.fullmatch(low) and low.count("a") <= 0.25 * len(low):
        return True  # home-row keys only, nearly without the one vowel there ("dkghssgshgdga", "AJHLHHSFHK")
    return any(low[i : i + 3] in _KEY_RUNS for i in range(len(low) - 2))


def keyboard_mash(output: str, function_words: int, prompt: str = "") -> str | None:
    """``"mash"`` when most Latin words of a prose answer are keyboard mash, else None.

    ``function_words`` is the number of function words (any language) in the answer; an answer with
    any is language, not mash. A prompt about passwords, ciphers, encodings, vowels or random strings
    expects such "words", and so does a typing drill (:func:`.asked.asks_odd_words`); a prompt asking
    for a notation (:func:`.asked.asks_notation`: ``ls -l`` permission strings, chess moves, a formula)
    expects letter groups that are symbols, and a prompt asking which keys to press (:func:`.asked.asks_keys`)
    expects key names and chords. Words the prompt holds are not mash (round on heldout13).
    """
    if function_words or asks_odd_words(prompt) or asks_notation(prompt) or asks_keys(prompt):
        return None
    words = _LATIN_WORD.findall(output)
    if len(words) < MASH_MIN_WORDS:
        return None
    mash = sum(map(_mash_word, words))
    if mash >= 2 and mash >= MASH_SHARE * len(words) and prompt:
        # A word the prompt holds was not typed at random (a function name to nest: ``sqrt(sqrt(x))``).
        asked = {w.lower() for w in _LATIN_WORD.findall(prompt)}
        mash = sum(1 for w in words if w.lower() not in asked and _mash_word(w))
    return "mash" if mash >= 2 and mash >= MASH_SHARE * len(words) else None


DIGIT_MASH_MAX_CHARS = 200
_DIGIT_GROUPS = re.compile(r"^\s*\d+(?:\s+\d+){2,}\s*$")
_KEYPAD_RUNS = ("123", "234", "345", "456", "567", "678", "789", "147", "258", "369", "321", "654", "987", "741", "963")


def _mashy_group(group: str) -> bool:
    """A digit group typed, not read: a 1-3 digit unit repeated (``456456``, ``7777``) or a keypad run."""
    if len(group) >= 4 and any(group == group[:k] * (len(group) // k) for k in (1, 2, 3) if len(group) % k == 0):
        return True
    return len(group) >= 3 and any(run in group for run in _KEYPAD_RUNS) and len(set(group)) <= 4


_NUMBER_TOPIC = re.compile(
    r"\d|number|digit|numeral|count|how (?:many|much)|calculat|comput|sum|total|phone|pin\b|\bid\b|zip|postal|"
    r"sequence|series|random|code|password|lottery|score|date|year|time|数|几|多少|计算|号码|编号|序列|密码|日期|年|时间|分数",
    re.I,
)


MULTITAP_MIN_GROUPS = 6
"""Groups of one repeated digit (``4 99 3333 5555``) from which an answer is text typed by multi-tap."""
_MULTITAP_TOPIC = re.compile(r"multi-?tap|\bt9\b|keypad|phone key|cipher|encod|code|九宫格|按键|密码|编码", re.I)


def _multitap(groups: list[str]) -> bool:
    """Every group one digit 2-9 repeated at most four times, most of them more than once: text typed by multi-tap."""
    return (
        len(groups) >= MULTITAP_MIN_GROUPS
        and all(len(g) <= 4 and g[0] in "23456789" and g == g[0] * len(g) for g in groups)
        and sum(len(g) > 1 for g in groups) * 2 >= len(groups)
    )


def digit_mash(output: str, prompt: str) -> bool:
    """True when a short answer is only digit groups typed on a keypad, for a prompt without a number.

    Three or more groups separated by spaces, two of them typed rather than read (a repeated 1-3 digit unit
    such as ``456456``, or a keypad run such as ``147`` / ``369`` in a group of few distinct digits); a prompt
    with a digit or about numbers, codes, dates or sequences exempts it.
    """
    if len(output) > DIGIT_MASH_MAX_CHARS or _DIGIT_GROUPS.match(output) is None:
        return False
    groups = output.split()
    if _multitap(groups):
        return _MULTITAP_TOPIC.search(prompt) is None
    return sum(map(_mashy_group, groups)) >= 2 and _NUMBER_TOPIC.search(prompt) is None


SPECKS_MIN_CHARS = 20
"""Non-space characters an answer needs to be judged by :func:`specks` ..."""
SPECKS_MAX_WORD_SHARE = 0.35
"""... and the share of letters, digits and Han characters under which it holds no text."""
NO_WORD_RE2 = r"[A-Za-z]{3}|[\x{3400}-\x{9fff}]|[^\x{00}-\x{2fff}]"
"""RE2 pattern (pyarrow): answers holding a word of three letters, a Han character or another script (the answers
:func:`specks` does *not* judge)."""
_ALNUM_CHAR = re.compile(r"[^\W_]")
_SPECK_CHARS = ".,'`~·:;_-—–\"^"
SPECKS_MIN_SHARE = 0.5
"""Share of the non-space characters that must be specks (dots, commas, quotes, tildes, dashes)."""


def specks(output: str, prompt: str) -> bool:
    """True when an answer is specks: punctuation and stray letters without a word (OCR of a blank, stained page).

    At least :data:`SPECKS_MIN_CHARS` non-space characters, no run of three letters, letters and digits under
    :data:`SPECKS_MAX_WORD_SHARE` of them, specks (dots, commas, quotes, tildes, dashes) at least
    :data:`SPECKS_MIN_SHARE`; not for a prompt asking for symbols, notation, ASCII art or odd
    strings (:mod:`.asked`), nor for code.
    """
    chars = len(output) - sum(output.count(c) for c in " \n\t")
    if chars < SPECKS_MIN_CHARS or len(_ALNUM_CHAR.findall(output)) >= SPECKS_MAX_WORD_SHARE * chars:
        return False
    if output.count("|") + output.count("+") >= 2:
        return False  # a table or a box drawing
    if sum(output.count(c) for c in _SPECK_CHARS) < SPECKS_MIN_SHARE * chars:
        return False  # symbols that mean something (an answer key of ✓ and ×, arrows, stars)
    return not asks_symbols(prompt) and not asks_odd_words(prompt)


WORDLESS_RE2 = r"[\x{0370}-\x{03ff}\x{0530}-\x{0dff}\x{0e00}-\x{0eff}\x{10a0}-\x{10ff}]{2}|[A-Za-z]{2}|[\x{3400}-\x{9fff}]|[\x{2800}-\x{28ff}]{2}|[\x{3040}-\x{30ff}]{2}|[\x{ac00}-\x{d7af}]{2}|[\x{0400}-\x{04ff}]{2}"
"""RE2 pattern (pyarrow): answers holding two letters in a row of a common script, or a Han character (a word
by itself), that :func:`wordless` does *not* judge."""
WORDLESS_MIN_CHARS = 12
"""Non-space characters a wordless answer needs before it is judged ..."""
WORDLESS_MIN_SYMBOL_SHARE = 0.3
"""... and the share of them that must be symbols outside ASCII (emoticon parts, box drawing, dingbats)."""
_WORD_PAIR = re.compile(
    r"[\u0370-\u03ff\u0530-\u0dff\u0e00-\u0eff\u10a0-\u10ff]{2}|[A-Za-z]{2}|[\u3400-\u9fff]|[\u2800-\u28ff]{2}|[\u3040-\u30ff]{2}|[\uac00-\ud7af]{2}|[\u0400-\u04ff]{2}"
)
_NON_ASCII_SYMBOL = re.compile(r"[^\x00-\x7f\w\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]|[\u0300-\u036f]")


def wordless(output: str, prompt: str) -> bool:
    """True when an answer holds no word at all: strings of symbols and stray letters (emoticons, glyph noise).

    Words of any language put two letters of one script side by side; text faces (``(╯°□°)╯︵ ┻━┻``), box
    drawing and control-code glyphs (``☺♪◘``) do not. At least :data:`WORDLESS_MIN_CHARS` non-space characters,
    :data:`WORDLESS_MIN_SYMBOL_SHARE` of them symbols outside ASCII, no two letters in a row; not for a prompt
    asking for symbols, emoticons, a notation, a symbol-made format or odd strings (:mod:`.asked`): the rule
    judges the answer against what the prompt asks for, not the symbols alone.
    """
    chars = len(output) - sum(output.count(c) for c in " \n\t")
    if chars < WORDLESS_MIN_CHARS or _WORD_PAIR.search(output) is not None:
        return False
    symbols = _NON_ASCII_SYMBOL.findall(output)
    if len(symbols) < WORDLESS_MIN_SYMBOL_SHARE * chars or set(symbols) <= set(prompt):
        return False  # few symbols, or the prompt's own (a rating of ★★★★☆ to convert)
    return not (asks_symbols(prompt) or asks_styled_letters(prompt) or asks_odd_words(prompt) or asks_notation(prompt))


_PAIRS = {"【": "】", "“": "”", "「": "」", "《": "》", "『": "』"}
"""Quotes and title brackets, which writers close (round brackets are left out: passwords, code and mixed
full-width and ASCII brackets leave them unbalanced in good answers)."""
_CUT_LINK = re.compile(r"\]\([^)\s]*$|(?:https?:)?//(?:www\.)?[^\s)]{0,3}$")
_OPEN_EMPHASIS = re.compile(r"(?:^|\s)\*{1,2}[A-Za-z\u4e00-\u9fff][^*]*$")
"""Markdown emphasis opened (after a space, before a letter: not ``3 * 4``, ``SELECT *``) and never closed."""
_OPEN_QUOTE = re.compile(r'(?:^|\s)"[A-Za-z\u4e00-\u9fff][^"]*$')
_OPEN_TAIL_CHARS = 60
"""An opener left unclosed this close to the end of the answer's last line marks a cut."""


def open_pair_end(output: str) -> bool:
    """True when the answer stops inside something it opened on its last line: a cut link or URL, a bracket or quote.

    Every bracket, quote and emphasis a writer opens is closed; a cut leaves the last one open
    (``… [see this guide](https://www.``, ``… 伦【理和安全``, ``… Utilize social **media``). The opener must lie
    within :data:`_OPEN_TAIL_CHARS` characters of the end, in the last line, with no closer after it; straight
    quotes and ``*`` emphasis count when opened after a space before a letter and never closed.
    """
    text = output.rstrip()
    line = text[text.rfind("\n") + 1 :]
    tail = line[-_OPEN_TAIL_CHARS:]
    if not tail or tail[-1] in ')]）】”」》』"*':
        return False
    if _CUT_LINK.search(tail) is not None:
        return True
    if tail[-1] in ".!?。！？…;；":
        return False  # a finished sentence inside an open quote (a dialogue's last line) is no cut
    for opener, closer in _PAIRS.items():
        at = tail.rfind(opener)
        if at >= 0 and closer not in tail[at:] and line.count(opener) > line.count(closer):
            return True
    if _OPEN_EMPHASIS.search(tail) is not None:
        return True
    return line.count('"') % 2 == 1 and _OPEN_QUOTE.search(tail) is not None


# --- machine-translated code ---------------------------------------------------------------------

_TRANSLATED_KEYWORD = re.compile(
    r"^\s*(?:如果|对于|返回|别的|否则|打印|当|尝试|除了|导入|定义|而|从|类|打破|继续|产量|断言|全局|通过)"
    r"(?:[\s\u4e00-\u9fff（(].*)?[：:）)]?\s*$"
)
_PSEUDO_TOPIC = re.compile(r"伪代码|pseudo|自然语言|中文编程|易语言", re.I)
TRANSLATED_MIN_LINES = 2
"""Code lines that start with a translated keyword needed to call code machine-translated."""


def translated_code(output: str, prompt: str = "") -> str | None:
    """``"translated"`` when program code had its keywords machine-translated (``如果 n <= 1：``, ``返回假``).

    Two or more code-shaped lines (not comments) starting with a Chinese rendering of a keyword
    (如果 if, 对于 for, 返回 return, 别的 else, 打印 print …) in an answer that also holds real code
    (``def``, ``=``, brackets). Chinese pseudo-code asked for by the prompt is not judged.
    """
    if _PSEUDO_TOPIC.search(prompt):
        return None
    hits = 0
    for line in output.split("\n"):
        if (_TRANSLATED_KEYWORD.match(line) and line[:1] in " \t") or (
            _TRANSLATED_KEYWORD.match(line) and line.rstrip().endswith(("：", ":"))
        ):
            hits += 1
            if hits >= TRANSLATED_MIN_LINES:
                return "translated"
    return None


# --- token-level space markers -------------------------------------------------------------------

_GLUE = re.compile(r"(?<=[!-~])([^\x00-\x7f])(?=[!-~])")
GLUE_MIN = 5
"""Times one non-ASCII character must stand between ASCII characters to be a space marker ..."""
GLUE_MAX_SPACE_SHARE = 0.5
"""... with fewer spaces than this share of its count."""


def space_marker(output: str) -> bool:
    """True when one non-ASCII character stands where the spaces should be (``ThereĠareĠthree``, ``▁the▁cat``).

    A class by form: a tokenizer's pieces written out undecoded keep its visible space (byte-level ``Ġ``,
    ``Ċ`` for a line break, SentencePiece ``▁``) between ASCII words. One letter (or ``▁``; not a Han or
    other CJK character, not an arrow or a math sign) between ASCII characters :data:`GLUE_MIN` times or more, in a text with fewer spaces
    than :data:`GLUE_MAX_SPACE_SHARE` of that count.
    """
    glue = _GLUE.findall(output)
    if len(glue) < GLUE_MIN:
        return False
    ch, count = max(((c, glue.count(c)) for c in set(glue)), key=lambda t: t[1])
    if not (ch.isalpha() or ch == "\u2581") or ord(ch) >= 0x2E80:
        return False  # an arrow or a math sign between terms (A→B→C) is meant; Han between ASCII is mixed text
    return count >= GLUE_MIN and output.count(" ") < GLUE_MAX_SPACE_SHARE * count
