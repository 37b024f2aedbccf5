"""Quality filters of the clean stage, each with a reason code and a documented threshold.

Detail messages name fields and numbers, never text from the record.

Filters run in the configured order on a cleaned record and its :class:`RecordSignals`; the first
that fires decides the reason code. Word lists are matched with an Aho-Corasick automaton
(pyahocorasick), so thousands of entries cost one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.config.clean import FILTERS, CleanConfig
from pipeline.errors import ConfigError
from pipeline.stages.clean.signals.absent import keyword_dump, shuffled_input
from pipeline.stages.clean.signals.record import RecordSignals
from pipeline.text.lang import asked_langs

BUILTIN_WORDLISTS = Path(__file__).resolve().parents[2] / "defaults" / "wordlists"
"""Folder of the bundled word lists (``builtin:<name>`` refers to ``<name>.txt`` here)."""

_ASCII_WORDCHAR = re.compile(r"[A-Za-z0-9]")
_FOLD_NOISE = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


_RE2_SPECIAL_CHARS = frozenset("\\.^$|?*+()[]{}")


def _re2_escape(word: str) -> str:
    return "".join("\\" + c if c in _RE2_SPECIAL_CHARS else c for c in word)


def resolve_wordlist(spec: str, base: Path | None = None) -> tuple[str, Path]:
    """Return ``(list_name, path)`` for ``builtin:<name>`` or a file path (relative to ``base``)."""
    if spec.startswith("builtin:"):
        name = spec.split(":", 1)[1]
        return name, BUILTIN_WORDLISTS / f"{name}.txt"
    path = Path(spec).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return path.stem, path


def load_wordlist(path: Path) -> list[str]:
    """Read a word list: UTF-8, one entry a line, ``#`` starts a comment line, blank lines skipped.

    Entries are matched case-insensitively. Raises :class:`ConfigError` naming the file (and the
    line for a decoding error).
    """
    if not path.is_file():
        raise ConfigError(f"{path}: word list not found (clean.wordlists)")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        lineno = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{lineno}: word list is not UTF-8 (byte {exc.start})") from None
    words = []
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            words.append(entry.lower())
    return words


_TRUNCATION_VERDICTS: dict[str, tuple[str, bool]] = {
    "truncated": ("field 'output' ({kind}) stops mid-sentence or with unclosed code", False),
    "part": (
        "field 'output' ({kind}) is the first part of a longer text (a part or page marker says more "
        "follows, or a reasoning block never closes)",
        False,
    ),
    "announced": ("field 'output' ({kind}) numbers fewer items than its first line announces", False),
    "announced_one": ("field 'output' ({kind}) numbers one item fewer than its first line announces", True),
    "asked_count": ("field 'output' ({kind}) lists at most half the items the instruction asks for (cut?)", True),
    "tool_cut": (
        "field 'output' ({kind}) ends with a tool's truncation marker or a stream error after the text",
        False,
    ),
    "cut_start": ("field 'output' ({kind}) starts with the tail of a word (its beginning cut?)", True),
    "elided": (
        "field 'output' ({kind}) has its middle left out: a line of its own marks an elision ([…], ⋮)",
        False,
    ),
    "preview": (
        "field 'output' ({kind}) is a chat list's preview card (a name and a time over text cut by …)",
        False,
    ),
    "omission": ("field 'output' ({kind}) stops mid-sentence on an omission mark ([...])", False),
    "ellipsis": ("field 'output' ({kind}) stops mid-sentence on an ellipsis (a preview cut?)", True),
    "part_suspect": ("field 'output' ({kind}) ends with a page number (a scanned page?)", True),
    "suspect": ("field 'output' ({kind}) ends without end punctuation", True),
}
"""``truncated_output``'s message and whether it only holds the record for review, per ``sig.truncation``."""

_TRUNCATION_UNLESS_ASKED = frozenset({"ellipsis", "suspect"})
"""Cuts that do not count when the answer repeats as asked (``repeat_fits``: "hooray, hooray, hooray")."""


class WordMatcher:
    """Finds entries of several word lists in a text in one pass (Aho-Corasick).

    Entries made of ASCII letters and digits match whole words only (``ass`` does not match
    ``class``); other entries (Chinese, phrases with punctuation) match anywhere.
    """

    def __init__(self, lists: Iterable[tuple[str, Sequence[str]]]) -> None:
        """Build the automaton from ``(list_name, entries)`` pairs."""
        import ahocorasick

        self._auto = ahocorasick.Automaton()
        self.size = 0
        seen: dict[str, tuple[str, bool]] = {}
        for name, words in lists:
            for w in words:
                w = w.lower()
                if w and w not in seen:
                    seen[w] = (name, bool(_ASCII_WORDCHAR.match(w[0]) or _ASCII_WORDCHAR.match(w[-1])))
        for w, (name, bounded) in seen.items():
            self._auto.add_word(w, (name, len(w), bounded))
        self.size = len(seen)
        if self.size:
            self._auto.make_automaton()
        # An RE2 alternation of the entries (no word boundaries, so it matches at least wherever the
        # automaton does): a fast column-wise pre-filter.
        self.re2_pattern = "(?i)" + "|".join(_re2_escape(w) for w in sorted(seen)) if seen else ""

    def positions(self, text: str) -> list[int]:
        """Start offsets of all (boundary-checked) matches in ``text`` (case-insensitive)."""
        if not self.size or not text:
            return []
        low = text.lower()
        if len(low) != len(text):  # lower() changed the length (rare letters): offsets per character
            low = "".join(c.lower()[:1] or c for c in text)
        out = []
        for end, (_name, length, bounded) in self._auto.iter(low):
            start = end - length + 1
            if bounded and (
                (start > 0 and low[start - 1].isalnum()) or (end + 1 < len(low) and low[end + 1].isalnum())
            ):
                continue
            out.append(start)
        return out

    def hits(self, text: str) -> dict[str, int]:
        """Count matches per list name in ``text`` (case-insensitive)."""
        if not self.size or not text:
            return {}
        low = text.lower()
        out: dict[str, int] = {}
        for end, (name, length, bounded) in self._auto.iter(low):
            if bounded:
                start = end - length + 1
                if start > 0 and low[start - 1].isalnum():
                    continue
                if end + 1 < len(low) and low[end + 1].isalnum():
                    continue
            out[name] = out.get(name, 0) + 1
        return out


def build_word_matcher(cfg: CleanConfig, base: Path | None = None) -> WordMatcher:
    """Load every configured word list into one :class:`WordMatcher`."""
    lists = []
    for spec in cfg.wordlists:
        name, path = resolve_wordlist(spec, base)
        lists.append((name, load_wordlist(path)))
    return WordMatcher(lists)


_REWRITE = re.compile(
    r"\b(?:rewrite|re-write|paraphrase|rephrase|reword|restate|summari[sz]e|shorten|simplify|translate)\b|"
    r"重写|改写|换一种|用不同|同义|转述|缩写|简化|翻译",
    re.I,
)
"""Instructions that ask for a changed text: an unchanged input as the answer is borderline."""
_GENERATE = re.compile(
    r"\s*(?:please\s+)?(?:describe|explain|write|generate|create|compose|answer|give|suggest|provide|list|name|tell|"
    r"develop|design|come up|brainstorm|invent|imagine|discuss|compare|analy[sz]e|predict|construct|draft|outline)\b|"
    r"\s*(?:请)?(?:描述|解释|写|生成|创建|创作|回答|给出|提供|列出|说出|讲|设计|想象|讨论|比较|分析|预测|构建|起草)",
    re.I,
)
"""Instructions (by their first word) that ask for new text: the input repeated unchanged is not an answer.
Other tasks (sort, correct, classify, organise…) may rightly return their input: there it is borderline."""
_EDIT = re.compile(
    r"\b(?:correct|edit|fix|proofread|revise|improve|check|format|capitali[sz]e|punctuat|spell|grammar|sort|arrange|"
    r"order|rank|replace|convert|change|transcribe|normali[sz]e|remove|insert|transform|turn|make)|"
    r"改正|修改|纠正|修正|校对|检查|排序|排列|替换|转换|变成|改成|规范|插入|删除|编辑|引用|语法",
    re.I,
)
"""Edits whose input may need no change: the input returned unchanged is kept."""
_LAYOUT = re.compile(
    r"\b(?:wrap\w*|line[- ]?breaks?|columns?|width|reflow\w*|one \w+ per line|(?:each|every|per|new|separate) lines?|"
    r"split\w* (?:\w+ )?into lines)\b|换行|分行|折行|断行|每行|列宽|行宽",
    re.I,
)
"""Instructions about the layout of lines (wrap at a width, one item per line): new line breaks are the change."""


def _line_texts(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


_REFERS_INPUT = re.compile(
    r"\b(?:following|given|this|these|provided|input|below|above)\b|\bthe (?:statement|sentences?|text|passage|"
    r"paragraph|words?|phrase|list|data|expression|equation|numbers?|code|items?|story|article|digits?)\b|"
    r"以下|下列|下面|给定|给出的|这个|这些|该|所给|上述",
    re.I,
)
"""An instruction that works on its input ("Create a comma-separated list of the following items"): the
input may already be the answer."""
_LABELS = re.compile(
    r"^\s*(?:instruction|question|prompt|task|query|input|指令|问题|题目|任务|输入)\s*[:：]"
    r"|(?:answer|response|output|reply|回答|答案|答|输出|回复)\s*[:：]\s*$",
    re.I | re.M,
)
"""Prompt-template labels around an echoed instruction ("Instruction: …\nAnswer:")."""


def _mostly_copy(out: str, ins: str) -> bool:
    """True when one folded text contains the other and they differ by at most a fifth of the longer."""
    if out in ins:
        return len(out) >= 0.8 * len(ins)
    if ins and ins in out:
        return len(ins) >= 0.8 * len(out)
    return False


_ECHO_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_FRAME_EN = frozenset(
    [
        "q",
        "a",
        "question",
        "answer",
        "task",
        "instruction",
        "prompt",
        "input",
        "request",
        "asked",
        "asks",
        "ask",
        "user",
        "restate",
        "repeat",
        "the",
        "is",
        "are",
        "to",
        "you",
        "your",
        "me",
        "i",
        "my",
        "we",
        "so",
        "this",
        "that",
        "here",
        "was",
        "s",
        "re",
        "be",
        "want",
        "wants",
        "need",
        "needs",
        # a reasoning trace or a forum reply around the quoted task ("The user is asking me to …",
        # "+1, same problem here.", "Did you ever find an answer to this?")
        "asking",
        "respond",
        "reply",
        "did",
        "ever",
        "find",
        "same",
        "problem",
        "bump",
        "have",
        "1",
    ]
)
"""Words a restatement adds around the instruction ("The task is to …", "Q: … A: …")."""
_MARKER_EN = frozenset(
    ["question", "task", "instruction", "prompt", "request", "asked", "asks", "asking", "restate", "same", "bump"]
)
"""Of those, the words that only a restatement or a prompt frame brings."""
_MARKER_LABEL = re.compile(
    r"(?:^|\n)\s*(?:q|a|question|answer|instruction|input|prompt|task|问|答|问题|题目|任务|要求|指令)\s*[:：]", re.I
)
"""Q/A and prompt labels ("Q: …\nA: …", "问：…\n答：…")."""
_SUBJECT = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|答复|回复|转发)\s*[:：]\s*)+", re.I)
"""A mail or ticket subject prefix (``Re:``, ``Fwd: Re:``, ``答复：``)."""
ECHO_SUBJECT_MIN = 8
"""Folded characters of the instruction's beginning a subject line must repeat to be an echo."""
_FRAME_ZH = frozenset("问答题目是你的本要求任务指令输入出回用户请我们需这个了说为就")
_MARKER_ZH = frozenset("题求任务指")
ECHO_MIN_TOKENS = 4
"""An instruction needs this many distinct words (Han characters: twice as many) to be judged restated."""
ECHO_COVERAGE = 0.8
"""Share of the instruction's distinct words (Han characters) a restatement repeats."""


def _echo_tokens(text: str) -> tuple[set[str], set[str]]:
    """(words of letters or digits, lower-cased; Han characters) of ``text``."""
    low = text.casefold()
    if low.isascii():  # no Han character to take out
        return set(_ECHO_TOKEN.findall(low)), set()
    han = set(_HAN_CHAR.findall(low))
    words = set(_ECHO_TOKEN.findall(_HAN_CHAR.sub(" ", low)))
    return words, han


_FRAME_ZH_CHARS = "".join(sorted(_FRAME_ZH))


def _may_restate(output: str, instruction: str, input_: str) -> bool:
    """Cheap necessary conditions of :func:`restates_prompt` (string methods and set operations in C).

    The output holds the instruction's longest word (a restatement repeats 80 % of its words; its longest
    word is left out only by restatements that the full test would often reject anyway), and no Han
    character that is neither in the instruction, the input nor the frame words.
    """
    low = output.casefold()
    longest = max(instruction.casefold().split(), key=len, default="").strip(".,;:!?\"'()")
    if longest.isascii() and len(longest) >= 4 and longest not in low:
        return False
    if low.isascii():
        return True
    extra = set(low).difference(instruction.casefold(), input_.casefold(), _FRAME_ZH_CHARS)
    return not any("\u3400" <= ch <= "\u9fff" for ch in extra)


def restates_prompt(output: str, instruction: str, input_: str) -> str | None:
    """``"marked"`` / ``"plain"`` when the output only restates the instruction (and input), else None.

    Every word (Han character) of the output comes from the instruction, the input or a small set of frame
    words ("The task is to …", "Q: … A: …", "你的问题是：…", "本题要求：…"), and the output repeats at least
    ``ECHO_COVERAGE`` of the instruction's distinct words. ``"marked"``: the output brings a frame word the
    instruction does not hold (Q/A labels, "task", "问题"), so it is a restatement whatever the task;
    ``"plain"``: no such word ("Paris is the capital of France." for "Is Paris the capital of France?" is an
    answer, not an echo, so the caller decides by the kind of task).
    """
    if not _may_restate(output, instruction, input_):
        return None
    ow, oh = _echo_tokens(output)
    iw, ih = _echo_tokens(instruction)
    if len(iw) + len(ih) // 2 < ECHO_MIN_TOKENS:
        return None
    pw, ph = _echo_tokens(input_) if input_ else (set(), set())
    if ow - iw - pw - _FRAME_EN or oh - ih - ph - _FRAME_ZH:
        return None
    content_i = (iw - _FRAME_EN) | (ih - _FRAME_ZH)
    if not content_i:
        return None
    covered = len(content_i & (ow | oh))
    if covered < ECHO_COVERAGE * len(content_i):
        return None
    if _MARKER_LABEL.search(output) or output.startswith(">") or (ow & _MARKER_EN) - iw or (oh & _MARKER_ZH) - ih:
        return "marked"
    # Without a frame word the output must hold no word of the input and end with the instruction
    # after its first word ("… to describe a sunset over the ocean"): an answer puts its content last
    # ("The first letter of the alphabet is A.", "… the equation 2x = 4 is x = 2.").
    if ow - iw - _FRAME_EN or oh - ih - _FRAME_ZH:
        return None
    verb = _GENERATE.match(instruction)
    tail = fold_for_echo(instruction[verb.end() :] if verb else instruction)
    return "plain" if len(tail) >= 8 and fold_for_echo(output).endswith(tail) else None


ECHO_WRAP_MIN = 12
"""Folded characters an instruction needs before its copies inside a longer output are judged (:func:`wrapped_echo`)."""
ECHO_WRAP_LEN_FACTOR = 4
"""Outputs longer than this many times the instruction (+ twice :data:`ECHO_WRAP_REST`) are not folded for it."""
ECHO_WRAP_REST = 80
"""Folded characters an output may hold besides two or more copies of the instruction ..."""
ECHO_ASK_BACK_REST = 40
"""... and besides one copy when it asks the instruction back (a question mark the instruction lacks)."""
_SPEAKER_LABEL = re.compile(r"^\s*(?:\[[^\]\n]{1,24}\]|[^\n:：\[\]]{1,24}[:：])\s*")
"""A leading speaker or channel label: ``SPEAKER_00:``, ``[Speaker A]``, ``说话人1：``."""


_OPEN_QUOTES = ('"', "“", "「", "『", "'", "‘")


def _question_marks(text: str) -> int:
    return text.count("?") + text.count("？")


def wrapped_echo(output: str, instruction: str, out: str, ins: str) -> str | None:
    """How ``output`` (folded: ``out``) only wraps ``instruction`` (folded: ``ins``), else None.

    A class by form, not by wording: the output holds the whole instruction and adds nothing that answers
    it. ``"copies"``: two or more copies and at most :data:`ECHO_WRAP_REST` other folded characters (a page
    title and meta description built from the question); ``"asked back"``: one copy, more question marks
    than the instruction and at most :data:`ECHO_ASK_BACK_REST` other characters (a bot confirming the
    question); ``"quoted"``: one copy in quotation marks and at most that many other characters
    ("Just to confirm, you asked: "…" (yes/no)"); ``"label"``: a speaker or channel label and the instruction only (a transcript of the user
    reading the question out).
    """
    if len(ins) < ECHO_WRAP_MIN or ins not in out:
        return None
    copies = out.count(ins)
    rest = len(out) - copies * len(ins)
    if copies >= 2 and rest <= ECHO_WRAP_REST:
        return "copies"
    if copies == 1 and rest <= ECHO_ASK_BACK_REST:
        label = _SPEAKER_LABEL.match(output)
        if label is not None and fold_for_echo(output[label.end() :]) == ins:
            return "label"
        if _question_marks(output) > _question_marks(instruction):
            return "asked back"
        head = instruction.strip()[:ECHO_WRAP_MIN]
        return "quoted" if any(q + head in output for q in _OPEN_QUOTES) else None
    return None


_ASCII_NOISE = bytes(c for c in range(128) if not chr(c).isalnum())
"""The ASCII characters ``[\\W_]`` matches: what folding deletes from ASCII text."""


def fold_for_echo(text: str) -> str:
    """Case-folded text without spaces and punctuation (to compare an output with its instruction).

    ASCII text is folded with ``bytes.translate`` (the same result as the regular expression, 3.5x faster).
    """
    if text.isascii():
        return text.lower().encode("ascii").translate(None, _ASCII_NOISE).decode("ascii")
    return _FOLD_NOISE.sub("", text.casefold())


@dataclass(frozen=True)
class Verdict:
    """A filter decision: the reason code, a value-free detail message and whether it is borderline.

    A borderline verdict holds the record for review (``clean.borderline: review``), rejects it
    (``reject``) or is ignored (``keep``).
    """

    reason: str
    detail: str
    borderline: bool = False


@dataclass(frozen=True, slots=True)
class FilterInput:
    """What the filters read of one record (the arguments of :meth:`QualityFilters.check`), built once per record."""

    texts: dict[str, str]
    extra_texts: Sequence[tuple[str, str]]
    sig: RecordSignals
    lang: str
    word_hit: bool | None
    markup: bool
    learned: float | None = None
    """The learned junk score (0-1), None when ``learned_junk`` is not configured."""
    asks_form: bool = False
    """The prompt asks for another language, symbols, markup, data or code (a learned finding is borderline)."""


_LETTER_RUN = re.compile(r"([^\W\d_]{1,4})\1{4,}")
"""A unit of 1-4 letters repeated back to back five times or more (``AAAAA``, ``TTTTTT``)."""
_ARTEFACTS = {
    "leaked_continuation": "a numbered Instruction/Input/Output block of another task follows the answer",
    "end_marker": "an end-of-output marker ('// end of output //', '//EOM//' or '§§')",
    "leading_placeholder": "the answer starts with a <noinput>/<nooutput> placeholder",
    "cut_prefix": "the answer starts in the middle of a word",
}
_MISMATCH = {"en": "English", "zh": "Chinese"}
LEARNED_ASKED_FORM_REVIEW = 0.97
"""The learned score holds a record for review from this score when its prompt asks for another language, symbols,
markup, data or code (answers of those kinds look odd by design; "Write an HTML snippet" → ``<p>First</p>``)."""
SHRINK_MIN_CHAIN = 4
"""Sentences in a row, each the end of the one before (:func:`.signals.loops.shrinking_repeats`), that are a loop."""

_DUMPS = {
    "json": "is a JSON object and the prompt does not ask for data or code",
    "wiki": "holds wiki source markup and the prompt does not ask for markup",
    "envelope": "is a protocol envelope (HTTP response or mail headers, YAML front matter) and the prompt does not "
    "ask for one",
    "trace": "is a program's crash report (traceback) and the prompt does not ask about code or errors",
    "agent": "is an agent transcript (tool call, Thought/Action lines) and the prompt does not ask about agents "
    "or tools",
    "frame": "is wrapped in a file format's frame (iCalendar, gettext PO, merge conflict markers, diff headers) "
    "the prompt does not ask for",
    "subtitles": "is a subtitle file (SRT/WebVTT cues) and the prompt does not ask about subtitles or video",
    "blob": "holds a machine blob (base64 data or minified code) and the prompt does not ask for data or code",
    "metadata": "is retrieval or log metadata (key=value lines) and the prompt does not ask for data, code or "
    "retrieval",
    "bbcode": "holds forum BBCode source ([size=…], [color=…]…[/color]) and the prompt does not ask for markup",
    "fragment": "was scraped page or feed markup (HTML with attributes or scripts, XML, RSS) and the prompt does not "
    "ask for markup, data or code",
}

# findings of :mod:`.signals.absent` (round on heldout8), by the code the signal carries
_ABSENT_PLACEHOLDER = {
    "label": "is one label with a colon and nothing after it",
    "signature": "is only a mail signature (the body is missing)",
    "filler": "is a chat filler (a greeting, a test word, laughter), not an answer",
    "number": "is a bare number; the prompt holds and asks for no number",
    "missing": "only says the answer is missing, deferred or elsewhere (empty, coming soon, see attached)",
    "unknown": "only says the writer does not know (dunno, not sure, 不太懂), not an answer",
    "deferred": "only points elsewhere or leaves the answer out (as above, left as an exercise, 见上题, 从略)",
    "lorem": "is placeholder text (Lorem ipsum) the prompt does not ask for",
    # findings of :mod:`.signals.leftovers` (round on heldout11)
    "loading": "is only a loading or progress placeholder (the text was never filled in)",
    "record_key": "is only a record key (an id, a UUID, a reference) where the text should be",
    "labels": "is only labels or headings with nothing under any of them",
    "labels_weak": "is only bold words or headings with nothing under them (labels of a missing answer?)",
    # round on heldout13
    "mention": "is only @-mentions (the addressee of a chat message, not its text)",
    "player": "is only a media player's text (a time display, a video that did not load): the content was a video",
    "slot": "is only the name of the field the answer belongs in (output, assistant_response, 回复内容)",
    "slot_weak": "is one word that names the field the answer belongs in (output, response)",
    # round on heldout14
    "chat_status": "is only a messenger's status line or a reasoning header (Seen 14:02, typing..., Thought for 9 s)",
    "chat_status_weak": "is one word a messenger shows as a status (Seen, Delivered): no message?",
}
# findings of :mod:`.signals.standins` (round on heldout9)
_STANDIN_SPAM = {
    "reviews": "holds shop reviews (star ratings, buyer's phrases); the prompt is not about reviews",
    "phone": "holds one phone number spelled several ways (a spammer's dodge of filters)",
    "seo": "holds search-engine phrases around one keyword (buy … online, … near me, …哪家好)",
}
_ABSENT_NOTICE = {
    "away": "is an e-mail auto-reply (away, contact someone else), not an answer",
    "wall": "is an access gate (a bot check, an age check), not an answer",
    "plan": "only plans how to answer (the user, the question, the answer to come) and never answers",
    "legal": "is a page's legal line (copyright, disclaimer, terms), not an answer",
    "closed": "is a forum's notice that the question was closed, not an answer",
    "licence": "is a software licence's text (MIT, GPL, Apache), not an answer",
    "service": "is a site's, an app's or a tool's notice about itself (down for maintenance, update the app, a trial "
    "watermark, a form's validation message), not an answer",
}
_ABSENT_ECHO = {
    "quote": "as a quoted message under an attribution",
    "label": "behind a label, with an empty result",
    "plea": "wrapped in a plea for help, a forum question and not its answer",
}


class QualityFilters:
    """The configured filters, evaluated in order on a cleaned record."""

    def __init__(self, cfg: CleanConfig, matcher: WordMatcher | None = None) -> None:
        """Prepare the filters of ``cfg`` (``matcher`` is needed when ``blocked_words`` is on)."""
        self.cfg = cfg
        self.order = tuple(f for f in cfg.filters if f in FILTERS)
        self.matcher = matcher
        self.allowed = frozenset(cfg.allowed_langs)
        if "low_coherence" in self.order and cfg.min_coherence <= 0:
            self.order = tuple(f for f in self.order if f != "low_coherence")
        self._table = {f: getattr(self, f"_f_{f}") for f in FILTERS}
        self._steps = [self._table[f] for f in self.order]
        self._review = cfg.borderline == "review"
        self._keep_borderline = cfg.borderline == "keep"

    def check(
        self,
        texts: dict[str, str],
        extra_texts: Sequence[tuple[str, str]],
        sig: RecordSignals,
        lang: str,
        word_hit: bool | None = None,
        markup: bool = False,
        learned: float | None = None,
        asks_form: bool = False,
    ) -> Verdict | None:
        """Return the first verdict that fires, or None to keep the record.

        ``texts`` holds the cleaned instruction, input and output; ``extra_texts`` the other text
        fields as ``(field_name, text)`` (system, history turns) for the word lists. ``word_hit``
        False says the word lists are known not to match (see :meth:`records_with_hits`).
        ``markup`` says the output was a whole HTML page before cleaning (and the prompt not about
        HTML). ``learned`` is the record's learned junk score (:mod:`.learned`), ``asks_form`` says its prompt asks
        for another language, symbols, markup, data or code. A borderline verdict is returned with ``borderline=True`` (``clean.borderline:
        review``), as a plain reject (``reject``), or skipped (``keep``).
        """
        r = FilterInput(texts, extra_texts, sig, lang, word_hit, markup, learned, asks_form)
        for fn in self._steps:
            v = fn(r)
            if v is None:
                continue
            if v.borderline:
                if self._keep_borderline:
                    continue
                if not self._review:
                    return Verdict(v.reason, v.detail)
            return v
        return None

    def _f_empty_instruction(self, r: FilterInput) -> Verdict | None:
        texts = r.texts
        if not texts["instruction"].strip():
            return Verdict("empty_instruction", "field 'instruction' is empty after cleaning")
        return None

    def _f_empty_output(self, r: FilterInput) -> Verdict | None:
        texts = r.texts
        name = "empty_output"
        if not texts["output"].strip():
            return Verdict(name, "field 'output' is empty after cleaning")
        return None

    def _f_placeholder_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "placeholder_output"
        if sig.placeholder == "placeholder":
            return Verdict(name, "field 'output' is a placeholder, not an answer")
        if sig.placeholder in _ABSENT_PLACEHOLDER:
            return Verdict(
                name,
                f"field 'output' {_ABSENT_PLACEHOLDER[sig.placeholder]}",
                sig.placeholder in ("number", "labels_weak", "slot_weak", "chat_status_weak"),
            )
        if sig.placeholder == "weak":
            return Verdict(name, "field 'output' is a one-word answer that is also a common placeholder", True)
        return None

    def _f_template_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        if sig.template in ("spintax", "engine"):
            return Verdict(
                "template_output",
                f"field 'output' is template source left unexpanded ({sig.template}), not text",
            )
        if sig.template is not None:
            return Verdict(
                "template_output",
                "field 'output' is only prompt-template scaffolding (special tokens, unfilled placeholders, empty "
                "role headers)",
            )
        return None

    def _f_too_short(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "too_short"
        c = self.cfg
        if sig.output_units < c.min_output_units:
            return Verdict(name, f"field 'output' has {sig.output_units} units < min_output_units {c.min_output_units}")
        if sig.prompt_units < c.min_instruction_units:
            return Verdict(
                name,
                f"prompt fields have {sig.prompt_units} units < min_instruction_units {c.min_instruction_units}",
            )
        return None

    def _f_too_long(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "too_long"
        c = self.cfg
        if sig.output_units > c.max_output_units:
            return Verdict(name, f"field 'output' has {sig.output_units} units > max_output_units {c.max_output_units}")
        if sig.prompt_units > c.max_prompt_units:
            return Verdict(name, f"prompt fields have {sig.prompt_units} units > max_prompt_units {c.max_prompt_units}")
        return None

    def _f_generation_artefact(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "generation_artefact"
        if sig.artefact is not None:
            return Verdict(name, f"field 'output': {_ARTEFACTS[sig.artefact]}")
        return None

    def _f_mojibake(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "mojibake"
        if sig.mojibake == "mojibake":
            return Verdict(name, "field 'output' still holds mojibake after repair")
        if sig.mojibake is not None:
            return Verdict(name, f"field 'output' decodes back to other text: {sig.mojibake}")
        if sig.translated_code is not None:
            return Verdict(name, "field 'output': program code whose keywords were machine-translated")
        if sig.escaped:
            return Verdict(
                name, "field 'output' holds HTML character references (&lt; &quot;) in place of characters", True
            )
        return None

    def _f_markup_output(self, r: FilterInput) -> Verdict | None:
        sig, markup = r.sig, r.markup
        name = "markup_output"
        if markup:
            return Verdict(name, "field 'output' was a whole HTML page and the prompt does not ask for markup")
        if sig.dump is not None:
            return Verdict(name, f"field 'output' {_DUMPS[sig.dump]}")
        return None

    def _f_echo_output(self, r: FilterInput) -> Verdict | None:
        texts = r.texts
        found = self._echo(texts)
        if found is None and r.sig.echo == "bulleted":
            return Verdict("echo_output", "field 'output' is field 'input' cut into list items, nothing else changed")
        if found is None and r.sig.echo is not None:
            return Verdict(
                "echo_output", f"field 'output' only quotes field 'instruction' ({_ABSENT_ECHO[r.sig.echo]})"
            )
        return found

    def _f_refusal_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "refusal_output"
        if sig.refusal == "refusal":
            return Verdict(name, "field 'output' only says the task cannot be done")
        return None

    def _f_boilerplate_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "boilerplate_output"
        if sig.chrome is not None:
            return Verdict(name, "field 'output' holds web-page boilerplate (consent banner, menu or footer)")
        if sig.non_answer == "status":
            return Verdict(
                name, "field 'output' is a notice about the answer (removed, moderated, paywalled or an error), not one"
            )
        if sig.non_answer in _ABSENT_NOTICE:
            return Verdict(name, f"field 'output' {_ABSENT_NOTICE[sig.non_answer]}")
        if sig.non_answer == "verdict":
            return Verdict(name, "field 'output' is a grader's score or verdict; the prompt asks for no rating")
        if sig.non_answer == "note":
            return Verdict(
                name, "field 'output' is one bracketed note (an attachment or event marker?), not an answer", True
            )
        if sig.non_answer == "clarify":
            return Verdict(
                name, "field 'output' only asks back for more information and takes up nothing of the task", True
            )
        return None

    def _f_spam_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "spam_output"
        if sig.spam == "link":
            return Verdict(name, "field 'output' is only a link (and a few words); the prompt does not ask for one")
        if sig.spam == "promo":
            return Verdict(
                name, "field 'output' is, or ends with, a promotion (a call to act with an offer or contact)"
            )
        if sig.spam == "promo_weak":
            return Verdict(
                name, "field 'output' is, or ends with, what looks like a promotion (two kinds of promotion cue)", True
            )
        if sig.spam == "resource":
            return Verdict(name, "field 'output' is only a link, for a prompt that asks where to find something", True)
        if sig.spam in _STANDIN_SPAM:
            return Verdict(name, f"field 'output' {_STANDIN_SPAM[sig.spam]}")
        if sig.spam is not None:
            return Verdict(name, "field 'output' advertises (promotion phrases with a link or contact)")
        return None

    def _f_blocked_words(self, r: FilterInput) -> Verdict | None:
        texts, extra_texts, word_hit = r.texts, r.extra_texts, r.word_hit
        if word_hit is not False:
            return self._blocked(texts, extra_texts)
        return None

    def _f_keyboard_mash(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "keyboard_mash"
        if sig.unit_only:
            return Verdict(name, "field 'output' is one short unit repeated (a key held down or a pattern hammered)")
        if sig.mash == "digits":
            return Verdict(name, "field 'output' is groups of digits and the prompt has and asks for no number")
        if sig.mash == "random":
            return Verdict(name, "field 'output' is short random strings of letters and digits (mixed case)")
        if sig.mash == "specks":
            return Verdict(name, "field 'output' is punctuation and stray letters without a word (specks, not text)")
        if sig.mash == "wordless":
            return Verdict(name, "field 'output' holds no word: symbols and stray letters (emoticons, glyph noise)")
        if sig.mash is not None:
            return Verdict(name, "field 'output': most words are keyboard mash")
        return None

    def _f_repetition_loop(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        return self._loop(sig)
        return None

    def _f_repetition_chars(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "repetition_chars"
        c = self.cfg
        if sig.char_rep_frac > c.max_char_repetition_frac:
            if sig.repeat_fits:
                return None  # repetition the prompt asks for, within its count ("哈" in a word pyramid)
            prompt = f"{r.texts['instruction']}\n{r.texts['input']}"
            if _LETTER_RUN.search(prompt) is not None:
                # The prompt holds such runs itself (a DNA sequence to transcribe, a string to reverse): the
                # answer's runs come from it.
                return None
            # Verse repeats syllables by design ("fa-la-la", "啦啦啦"): there the run is borderline.
            return Verdict(
                name,
                f"field 'output' ({sig.kind}): repeated character run fraction {sig.char_rep_frac:.3f} > "
                f"max_char_repetition_frac {c.max_char_repetition_frac}",
                sig.kind == "verse",
            )
        return None

    def _f_special_char_ratio(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "special_char_ratio"
        c = self.cfg
        if sig.prose_chars >= c.special_char_min_chars and sig.special_ratio > c.max_special_char_ratio:
            return Verdict(
                name,
                f"field 'output': special character ratio {sig.special_ratio:.3f} > "
                f"max_special_char_ratio {c.max_special_char_ratio}",
            )
        return None

    def _f_lang_not_allowed(self, r: FilterInput) -> Verdict | None:
        texts, lang = r.texts, r.lang
        name = "lang_not_allowed"
        # Text without any letter (arithmetic such as "91-33=58") has no language to judge.
        if lang not in self.allowed and any(_LETTER.search(texts[f]) for f in ("instruction", "input", "output")):
            allowed = ", ".join(sorted(self.allowed))
            return Verdict(name, f"record language '{lang}' is not in allowed_langs ({allowed})")
        return None

    def _f_lang_mismatch(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "lang_mismatch"
        if sig.untranslated:
            return Verdict(
                name, "field 'output' is Chinese; the instruction asks for a translation into another language"
            )
        if sig.lang_mismatch == "en_tail_for_zh":
            return Verdict(
                name,
                "field 'output' goes on in a long English passage; the prompt is Chinese and does not ask for English",
            )
        if sig.lang_mismatch is not None:
            got, want = sig.lang_mismatch.split("_for_")
            return Verdict(
                name,
                f"field 'output' is {_MISMATCH[got]} prose; the prompt is {_MISMATCH[want]} and does not ask for "
                f"{_MISMATCH[got]}",
            )
        if sig.foreign is not None:
            return Verdict(
                name, f"field 'output' is {sig.foreign} prose; the prompt names no language and asks for no translation"
            )
        return None

    def _f_script_mismatch(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "script_mismatch"
        if sig.script == "pinyin":
            return Verdict(
                name, "field 'output' is Chinese written in pinyin; the prompt does not ask for a romanisation"
            )
        if sig.script == "leetspeak":
            return Verdict(
                name,
                "field 'output' is English written with digits for letters (leetspeak); the prompt does not ask for it",
            )
        if sig.script == "names":
            return Verdict(
                name,
                "field 'output' is romanised words (pinyin names?) for a Chinese prompt that does not ask for them",
                True,
            )
        if sig.script is not None:
            return Verdict(
                name,
                f"field 'output' is mostly in {sig.script} script; the prompt does not use it or ask for another language",
            )
        return None

    def _f_truncated_output(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        found = _TRUNCATION_VERDICTS.get(sig.truncation or "")
        if found is None or (sig.repeat_fits and sig.truncation in _TRUNCATION_UNLESS_ASKED):
            return None
        message, review = found
        return Verdict("truncated_output", message.format(kind=sig.kind), review)

    def _f_repetition_lines(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "repetition_lines"
        c = self.cfg
        if sig.lines >= c.repetition_min_lines:
            if sig.dup_line_frac > c.max_dup_line_frac:
                return Verdict(
                    name,
                    f"field 'output': duplicate line fraction {sig.dup_line_frac:.3f} > "
                    f"max_dup_line_frac {c.max_dup_line_frac}",
                )
            if sig.dup_line_char_frac > c.max_dup_line_char_frac:
                return Verdict(
                    name,
                    f"field 'output': duplicate line character fraction {sig.dup_line_char_frac:.3f} > "
                    f"max_dup_line_char_frac {c.max_dup_line_char_frac}",
                )
        return None

    def _f_repetition_ngrams(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "repetition_ngrams"
        viol = sig.ngrams.violation
        if viol is not None:
            kind, n, value, limit = viol
            key = "max_top_ngram_frac" if kind == "top" else "max_dup_ngram_frac"
            what = "most frequent" if kind == "top" else "duplicated"
            return Verdict(name, f"field 'output': {what} {n}-gram character fraction {value:.3f} > {key} {limit}")
        return None

    def _f_low_coherence(self, r: FilterInput) -> Verdict | None:
        sig = r.sig
        name = "low_coherence"
        c = self.cfg
        if not (sig.coherence is not None and sig.coherence < c.min_coherence):
            return None
        return Verdict(name, f"field 'output': coherence {sig.coherence:.3f} < min_coherence {c.min_coherence}")
        return None

    def _f_learned_junk(self, r: FilterInput) -> Verdict | None:
        score = r.learned
        c = self.cfg
        if score is None or score < c.learned_junk_review or r.sig.repeat_fits:  # asked-for repetition
            return None
        if r.asks_form and score < max(c.learned_junk_review, LEARNED_ASKED_FORM_REVIEW):
            return None  # another language, symbols, markup, data or code asked for: such answers look odd by design
        reject = c.learned_junk_reject < 1.0 and score >= c.learned_junk_reject
        if reject and not r.asks_form:
            return Verdict(
                "learned_junk", f"learned junk score {score:.3f} >= learned_junk_reject {c.learned_junk_reject}"
            )
        if reject:
            return Verdict(
                "learned_junk",
                f"learned junk score {score:.3f} >= learned_junk_reject {c.learned_junk_reject}, for a prompt asking "
                "for another language, symbols, markup, data or code",
                True,
            )
        return Verdict(
            "learned_junk", f"learned junk score {score:.3f} >= learned_junk_review {c.learned_junk_review}", True
        )

    def _loop(self, sig: RecordSignals) -> Verdict | None:
        c = self.cfg
        lp = sig.loops
        name = "repetition_loop"
        if sig.repeat_asked:  # repetition the prompt asks for: kept, or borderline when far more than asked
            if sig.repeat_fits:
                return None
            reps = max(lp.stutter, lp.block_repeats, sig.phrase_repeats, sig.marker_repeats)
            return Verdict(
                name, f"field 'output': a unit is repeated {reps} times back to back, more than the prompt asks", True
            )
        if lp.stutter >= c.loop_max_stutter and lp.stutter_chars >= 16:
            return Verdict(name, f"field 'output': a short unit is repeated {lp.stutter} times back to back")
        if sig.shrinking >= SHRINK_MIN_CHAIN:
            return Verdict(
                name, f"field 'output': {sig.shrinking} sentences in a row each repeat the end of the one before"
            )
        if sig.overlapping and sig.kind != "verse":
            return Verdict(
                name,
                f"field 'output': {sig.overlapping} lines in a row each start with the end of the line before "
                "(roll-up captions, a sliding window)",
            )
        if sig.punct_run:
            return Verdict(name, f"field 'output': one punctuation mark repeated {sig.punct_run} times in a row")
        if sig.said_again:
            return Verdict(
                name, f"field 'output': one sentence is said {sig.said_again} times (a filler or a conclusion looped)"
            )
        if sig.counting:
            return Verdict(
                name,
                f"field 'output' counts on: it ends with {sig.counting} consecutive numbers the prompt asks not for",
            )
        if sig.nested:
            return Verdict(
                name,
                f"field 'output': one phrase is nested {sig.nested} deep in brackets inside itself (a restatement loop)",
            )
        if sig.running_head:
            return Verdict(
                name,
                f"field 'output': the task's title recurs {sig.running_head} times as a running head with a page number",
            )
        if sig.marker_repeats >= c.loop_max_stutter:
            return Verdict(
                name, f"field 'output': a list marker is repeated {sig.marker_repeats} times with nothing between"
            )
        if sig.phrase_repeats >= c.loop_max_stutter:
            return Verdict(
                name, f"field 'output': a phrase of 5-8 characters is repeated {sig.phrase_repeats} times back to back"
            )
        if lp.block_repeats >= c.loop_max_block_repeats or (
            sig.kind != "verse"
            and lp.block_repeats >= c.loop_block_repeats_covering
            and lp.block_chars >= c.loop_block_share * max(1, lp.unit_chars)
        ):
            return Verdict(
                name, f"field 'output': a block of lines or sentences is repeated {lp.block_repeats} times back to back"
            )
        if sig.kind == "code":
            return None  # code repeats lines by nature (its prose lines were measured above)
        if sig.kind not in ("verse", "table") and lp.near_share >= c.loop_max_dup_share:
            return Verdict(
                name,
                f"field 'output' ({sig.kind}): {lp.near_share:.3f} of its line/sentence characters nearly copy "
                f"the units before them (limit {c.loop_max_dup_share})",
            )
        limit = c.loop_max_dup_share_verse if sig.kind == "verse" else c.loop_max_dup_share
        if lp.dup_share >= limit:
            return Verdict(
                name,
                f"field 'output' ({sig.kind}): {lp.dup_share:.3f} of its line/sentence characters copy earlier ones "
                f"(limit {limit})",
            )
        if sig.kind != "verse" and lp.dup_share >= c.loop_review_dup_share:
            return Verdict(
                name,
                f"field 'output' ({sig.kind}): {lp.dup_share:.3f} of its line/sentence characters copy earlier ones "
                f"(borderline from {c.loop_review_dup_share})",
                True,
            )
        return None

    def records_with_hits(
        self,
        instructions: Sequence[str],
        inputs: Sequence[str],
        outputs: Sequence[str],
        extras: Sequence[Sequence[tuple[str, str]]],
    ) -> list[bool]:
        """Per record: do the word lists match any of its texts? One automaton pass over all records."""
        n = len(outputs)
        if self.matcher is None or not self.matcher.size or "blocked_words" not in self.order:
            return [False] * n
        if not n:
            return []
        import pyarrow as pa
        import pyarrow.compute as pc

        # the texts of a record joined by newlines: in Arrow for the records without extra texts (most), in
        # Python for the others; the Python string is built again only for records the RE2 test finds
        with_extra = [i for i in range(n) if extras[i]]
        arrays = [pa.array(list(texts), type=pa.string()) for texts in (instructions, inputs, outputs)]
        joined = pc.binary_join_element_wise(*arrays, "\n")
        if with_extra:
            extra_parts = [self._joined(instructions, inputs, outputs, extras, i) for i in with_extra]
            mask = np.zeros(n, dtype=bool)
            mask[with_extra] = True
            joined = pc.replace_with_mask(joined, pa.array(mask), pa.array(extra_parts, type=pa.string()))
        maybe = pc.match_substring_regex(joined, self.matcher.re2_pattern).to_numpy(zero_copy_only=False)
        positions = self.matcher.positions
        hits = [False] * n
        for i in np.flatnonzero(maybe).tolist():
            hits[i] = bool(positions(self._joined(instructions, inputs, outputs, extras, i)))
        return hits

    @staticmethod
    def _joined(
        instructions: Sequence[str],
        inputs: Sequence[str],
        outputs: Sequence[str],
        extras: Sequence[Sequence[tuple[str, str]]],
        i: int,
    ) -> str:
        ex = extras[i]
        if ex:
            return "\n".join([instructions[i], inputs[i], outputs[i], *(t for _, t in ex)])
        return f"{instructions[i]}\n{inputs[i]}\n{outputs[i]}"

    def _echo(self, texts: dict[str, str]) -> Verdict | None:
        output, instruction, input_ = texts["output"], texts["instruction"], texts["input"]
        # Folding only removes characters: an echo is never shorter than the folded instruction, and
        # an output more than twice the instruction's length (+ 20) is taken not to be an echo.
        near_instr = len(output) <= 2 * len(instruction) + 20
        near_input = bool(input_) and len(output) <= 2 * len(input_) + 20
        # a restatement repeats most of the instruction: at least about 60 % of its length
        near_restate = 0.6 * len(instruction) <= len(output) <= 2 * (len(instruction) + len(input_)) + 40
        # cheap gate: a slice of the instruction's beginning found as it is (one copy keeps its case)
        wrapped = None
        if (
            len(output) <= ECHO_WRAP_LEN_FACTOR * len(instruction) + 2 * ECHO_WRAP_REST
            and len(instruction) >= ECHO_WRAP_MIN
            and instruction.strip()[1:ECHO_WRAP_MIN] in output
        ):
            how = wrapped_echo(output, instruction, fold_for_echo(output), fold_for_echo(instruction))
            if how is not None:  # the other echo tests below come first (their details are more specific)
                wrapped = Verdict("echo_output", f"field 'output' only wraps field 'instruction' ({how})")
        if (
            len(output) <= len(instruction) + 20
            and ("," in output or "、" in output or "，" in output)
            and keyword_dump(output, instruction)
        ):
            return Verdict("echo_output", "field 'output' is a list of field 'instruction''s own words, not an answer")
        if near_input and output != input_ and shuffled_input(output, instruction, input_):
            return Verdict("echo_output", "field 'output' is field 'input''s sentences again in another order")
        if not (near_instr or near_input or near_restate):
            return wrapped
        # An output without letters or digits (folding leaves nothing) is never an echo. Only the
        # instruction test needs the folded output; the restatement test finds no word in such an
        # output (so it never fires there) and the input test checks it when it would fire.
        out = fold_for_echo(output) if near_instr else None
        if out == "":
            return None
        if out is not None:
            ins = fold_for_echo(instruction)
            if out == ins or (len(out) >= 10 and _mostly_copy(out, ins)):
                return Verdict("echo_output", "field 'output' only repeats field 'instruction'")
            subject = _SUBJECT.match(output) if "\n" not in output else None
            if subject is not None:
                rest = fold_for_echo(output[subject.end() :])
                if len(rest) >= ECHO_SUBJECT_MIN and ins.startswith(rest):
                    return Verdict("echo_output", "field 'output' is a mail subject line repeating field 'instruction'")
            unlabelled = fold_for_echo(_LABELS.sub("", output)) if ins and len(out) > len(ins) and ins in out else ""
            if unlabelled and unlabelled == ins:
                return Verdict("echo_output", "field 'output' only repeats field 'instruction' behind prompt labels")
        if near_restate:
            restated = restates_prompt(output, instruction, input_)
            if restated == "marked" or (
                restated == "plain"
                and _GENERATE.match(instruction)
                and not _EDIT.search(instruction)
                and not _REWRITE.search(instruction)
            ):
                return Verdict("echo_output", "field 'output' only restates field 'instruction' (and 'input')")
        if (
            near_input
            and _SPACES.sub("", output.casefold()) == _SPACES.sub("", input_.casefold())
            and (out if out is not None else fold_for_echo(output))
        ):
            if self.cfg.echo_check_input or asked_langs(instruction) is None:
                return Verdict("echo_output", "field 'output' only repeats field 'input'")
            if " ".join(output.split()) != " ".join(input_.split()):
                return None  # case or spacing changed: "Convert to upper case", "Remove the spaces"
            if _LAYOUT.search(instruction) and _line_texts(output) != _line_texts(input_):
                return None  # the lines were broken anew as asked: "Wrap the text at 40 columns"
            if _REWRITE.search(instruction):
                return Verdict("echo_output", "field 'output' repeats field 'input' unchanged for a rewrite task", True)
            if _EDIT.search(instruction):
                return None  # an edit of a text that needs none ("Correct the grammar" of a correct sentence)
            if not _GENERATE.match(instruction) or _REFERS_INPUT.search(instruction):
                return Verdict(
                    "echo_output", "field 'output' repeats field 'input' unchanged for a task that may keep it", True
                )
            return Verdict("echo_output", "field 'output' only repeats field 'input' for a task that asks for new text")
        return wrapped

    def _blocked(self, texts: dict[str, str], extra_texts: Sequence[tuple[str, str]]) -> Verdict | None:
        if self.matcher is None or not self.matcher.size:
            return None
        total = 0
        per: dict[tuple[str, str], int] = {}
        fields = [(name, texts[name]) for name in ("instruction", "input", "output") if texts.get(name)]
        # One pass over all fields first; per-field counts only for records that hit.
        joined = "\n".join([t for _, t in fields] + [t for _, t in extra_texts])
        if not self.matcher.hits(joined):
            return None
        for field_name, text in (*fields, *extra_texts):
            for list_name, n in self.matcher.hits(text).items():
                per[(field_name, list_name)] = per.get((field_name, list_name), 0) + n
                total += n
        if total < self.cfg.blocked_words_min_hits:
            return None
        where = ", ".join(f"'{f}' x{n} (list {lst})" for (f, lst), n in sorted(per.items()))
        return Verdict("blocked_words", f"{total} word-list hits >= blocked_words_min_hits: {where}")
