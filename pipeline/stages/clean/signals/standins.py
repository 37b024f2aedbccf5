"""Stand-ins for an answer (issue #16, round on heldout9).

Each finder judges a *kind* of text that stands where the answer should be, by its form, and keeps a prompt
that asks for that form. All run behind a cheap gate in :func:`apply` (a length bound, one substring or
character count), so an ordinary answer costs a few comparisons:

- :func:`ignorance_or_deferral`: a short answer that only says the writer does not know (``dunno``, ``Not
  sure.``, ``不太懂``) or sends the reader elsewhere or leaves it out (``As above.``, ``Left as an exercise for
  the reader.``, ``见上题。``, ``此处省略一万字。``);
- :func:`placeholder_text`: Lorem ipsum the prompt does not ask for;
- :func:`plea_echo`: the instruction wrapped in a plea for help (``Quick question: <task> Thanks!!``,
  ``求助：<task> 急！在线等``, ``你能<task>吗？``): a forum question, not its answer;
- :func:`bulleted_input`: the input cut into list items and nothing else (a summary, a rewrite that changed
  nothing but the markers);
- :func:`shop_reviews`: two or more lines of shop reviews (star ratings, "fast shipping", ``五星好评``);
- :func:`phone_variants`: one phone number spelled several ways (``0800 555 0182 / O8OO.555.O182``,
  ``13八 5550 7212``), a spammer's dodge of filters;
- :func:`seo_stuffing`: search-engine phrases wrapped around a word of the prompt (``buy X online``, ``X near
  me``, ``cheap X``, ``X哪家好``, ``X多少钱``, ``X排行榜2022``);
- :func:`bbcode`: forum BBCode source (``[size=4]``, ``[color=Red]…[/color]``, ``[attach]``);
- :func:`licence_text`: a software licence (MIT, GPL, Apache) where the answer should be.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.stages.clean.signals.findings import Findings
from pipeline.stages.clean.signals.foreign import PLACEHOLDER_TEXT

# --- "I don't know", "as above", "left as an exercise" -------------------------------------------------------

STANDIN_MAX_CHARS = 40
_FOLD = re.compile(r"[\s!！?？.。,，~～…'’:：()（）\[\]【】-]+")
_IGNORANCE = re.compile(
    r"i?(?:do|did)n?o?t(?:really)?know|idontknow|dunno|idk|notsure|imnotsure|noidea|ihavenoidea|noclue|"
    r"(?:我|这个我|这题我)?(?:也)?(?:不会|不太会|不太懂|不懂|不清楚|不知道|不晓得|不太清楚|没概念|没学过)(?:呢|啊|哦|了)?"
)
_DEFERRAL = re.compile(
    # sent elsewhere: the answer before, above, another question
    r"(?:same)?asabove|seeabove|(?:the)?sameasbefore|ditto|"
    r"(?:答案|答|解答|解析)?(?:同上|如上)(?:题)?|(?:见|参考|参见|同)(?:上|前)(?:一)?题|"
    # left out: omitted, left to the reader
    r"(?:the)?(?:solution|answer|proof|details?|rest)(?:is|are)?(?:omitted|leftout)(?:forbrevity|here)?|"
    r"leftasanexercise(?:forthereader|tothereader)?|(?:the)?answerisleftto(?:the)?(?:student|reader)s?|"
    r"(?:答|回答)?(?:暂缺|缺)|(?:此处|以下|中间)?省略(?:一万|\d+|若干|n)?字?|(?:解答|证明|推导|过程|具体|步骤)+(?:从略|略去|省略)"
)
_STANDIN_TOPIC = re.compile(
    r"translat|convert|repl(?:y|ies)|respon|dialog|conversation|slang|informal|abbreviat|\bsay\b|"
    r"uncertain|ignoran|omit|exercise|above|翻译|转换|回复|对话|口语|缩写|表达|说|不确定|省略|同上",
    re.I,
)


def ignorance_or_deferral(output: str, prompt: str) -> str | None:
    """``"unknown"`` or ``"deferred"`` for a short answer that only says it does not know, or points elsewhere.

    The whole answer (at most :data:`STANDIN_MAX_CHARS` characters), spaces and punctuation folded away and in
    lower case, is a statement of not knowing (``I don't know``, ``dunno``, ``不太懂``) or of an answer given
    elsewhere or left out (``As above.``, ``Left as an exercise for the reader.``, ``见上题。``, ``解答过程从略。``).
    A prompt about replies, phrases, translations, uncertainty or omissions (its answer may be one) exempts it.
    """
    folded = _FOLD.sub("", output.lower())
    if not folded:
        return None
    if _IGNORANCE.fullmatch(folded):
        found = "unknown"
    elif _DEFERRAL.fullmatch(folded):
        found = "deferred"
    else:
        return None
    if _STANDIN_TOPIC.search(prompt) is not None or folded in _FOLD.sub("", prompt.lower()):
        return None
    return found


def placeholder_text(output: str, prompt: str) -> bool:
    """True when the answer is Lorem ipsum (it opens with ``Lorem ipsum``) and the prompt does not ask for it."""
    return output[:11].lower() == "lorem ipsum" and PLACEHOLDER_TEXT.search(prompt) is None


# --- the instruction wrapped in a plea for help ----------------------------------------------------------------

_WORDS = re.compile(r"[^\W_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PLEA = re.compile(
    r"help|anyone|thank|thx|please|pls|appreciat|question|homework|advice|stuck|"
    r"求|谢|急|请问|请教|大神|大佬|吗|能不能|能否|可以帮|帮我|帮忙",
    re.I,
)
PLEA_MAX_REST = 120
"""Folded characters of the plea around the instruction (a Han character counting two) at most."""
PLEA_SHORT_REST = 12
"""A rest this short (a Han character counting two) needs one plea cue, a longer one two distinct cues."""
PLEA_MIN_INSTRUCTION = 8
"""Folded characters of the instruction (a Han character counting two) at least."""


def _fold(text: str) -> str:
    return "".join(_WORDS.findall(text.lower()))


def _weight(text: str) -> int:
    return len(text) + len(_HAN.findall(text))


def plea_echo(output: str, instruction: str) -> bool:
    """True when the answer is the instruction wrapped in a plea for help and nothing else.

    The folded answer holds the folded instruction (≥ :data:`PLEA_MIN_INSTRUCTION` characters) once; what is
    left (≤ :data:`PLEA_MAX_REST`) holds two distinct plea cues (help, anyone, thanks, please, 求, 谢, 急, 请问 …;
    one in a frame of ≤ :data:`PLEA_SHORT_REST`: 吗, 能不能)
    and no content word of the instruction: "Quick question: <task> Thanks!!", "求助：<task> 急！在线等",
    "你能<task>吗？". "<task>? It is X." keeps its answer, which shares words with the task or holds no plea.
    """
    fi, fo = _fold(instruction), _fold(output)
    if _weight(fi) < PLEA_MIN_INSTRUCTION or fo.count(fi) != 1:
        return False
    rest = fo.replace(fi, " ", 1)
    if _weight(rest) > PLEA_MAX_REST:
        return False
    cues = {m.group(0) for m in _PLEA.finditer(rest)}
    if not cues or (len(cues) < 2 and _weight(rest) > PLEA_SHORT_REST):
        return False  # one cue only in a short frame ("你能…吗？"); a longer rest needs two ("求…谢谢")
    low = instruction.lower()
    words = [w for w in _WORDS.findall(output.lower().replace(low, " ")) if len(w) >= 4 and w.isascii()]
    return not any(w in low and w not in _PLEA_WORDS for w in words)


_PLEA_WORDS = frozenset(["help", "anyone", "thanks", "thank", "please", "question", "need", "this", "that", "with"])


# --- the input cut into list items --------------------------------------------------------------------------

_MARKER_START = "-*•·‧▪●◦"
_MARKER = re.compile(r"^[ \t]*[-*•·‧▪●◦][ \t]*", re.M)
_LIST_TOPIC = re.compile(
    r"bullet|\blist|split|separat|break (?:it|this|the \w+) (?:up|into)|each sentence|one per line|point form|"
    r"order|arrang|organi[sz]|sort|sequence|chronolog|classif|categori|group|identify|"
    r"列表|列出|分行|拆分|分条|逐条|逐句|分点|每句|排列|排序|顺序|分类|整理|归类|找出",
    re.I,
)
BULLETED_MIN_INPUT = 40
"""Characters of the input at least (a Han character counting two)."""
BULLETED_MIN_SHARE = 0.6
"""Share of the folded input the bulleted answer copies at least."""


def bulleted_input(output: str, instruction: str, input_: str) -> bool:
    """True when the answer is (the beginning of) the input cut into list items, with nothing changed.

    Two or more lines open with a bullet (``-``, ``*``, ``•``; numbers are an order, which may be the task) the
    input lacks, and the answer without its markers, folded, is
    the folded input or a beginning of it of ≥ :data:`BULLETED_MIN_SHARE` of it: a summary, a rewrite or a
    continuation that changed nothing but the layout. An instruction asking for a list, bullets, a split, one
    sentence a line, an order, a classification or to identify items exempts it (the input may be the answer).
    """
    if len(_MARKER.findall(output)) < 2 or _MARKER.search(input_) is not None:
        return False
    fo, fi = _fold(_MARKER.sub("", output)), _fold(input_)
    if not fo or len(fo) < BULLETED_MIN_SHARE * len(fi) or not fi.startswith(fo):
        return False
    return _LIST_TOPIC.search(instruction) is None


# --- shop reviews, a phone number spelled several ways, search-engine phrases --------------------------------

_REVIEW_LINE = re.compile(
    r"^\s*[★⭐]{3,}|verified (?:buyer|purchase)|fast shipping|\bA\+\+\+|(?:would|will) buy again|as described|"
    r"五星好评|好评|回购|物流很快|快递|卖家|宝贝收到|默认好评|性价比|下次还来|推荐购买",
    re.I | re.M,
)
_REVIEW_TOPIC = re.compile(
    r"review|rating|testimonial|feedback|customer|product|shop|store|seller|buyer|e-?commerce|star|"
    r"评价|评论|好评|差评|点评|买家|卖家|商品|产品|购物|网购|电商|星级",
    re.I,
)
REVIEW_MIN_LINES = 2


def shop_reviews(output: str, prompt: str) -> bool:
    """True when ≥ :data:`REVIEW_MIN_LINES` lines of the answer are shop reviews and the prompt is not about them.

    A review line opens with a star rating (``★★★★★``) or holds a buyer's phrase (``fast shipping``,
    ``Verified Buyer``, ``A+++``, ``五星好评``, ``回购``, ``物流很快``); prompts about reviews, ratings,
    feedback, customers, products or shops are exempt.
    """
    lines = sum(1 for line in output.splitlines() if _REVIEW_LINE.search(line))
    return lines >= REVIEW_MIN_LINES and _REVIEW_TOPIC.search(prompt) is None


_DIGIT_LIKE = str.maketrans(
    {"O": "0", "o": "0", "l": "1", "I": "1", "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
     "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
)  # fmt: skip
_PHONE_RUN = re.compile(
    r"(?<![\w])[\dOoIl〇零一二三四五六七八九][\dOoIl〇零一二三四五六七八九 .\-]{7,18}[\dOoIl〇零一二三四五六七八九](?![\w])"
)
PHONE_RE2 = r"\d[\d .-]{6,}\d[^\n]{0,80}?\d[\d .-]{6,}\d"
"""RE2 pattern (pyarrow): answers with two runs of digits of phone length close together (the candidates)."""


def phone_variants(output: str) -> bool:
    """True when one phone number (≥ 9 digits) is written in two or more spellings in the answer.

    Spellings differ in their separators or in characters standing for digits (full-width digits, the letter
    ``O`` for zero, ``八`` for eight): ``0800-555-0182 / 0800 555 0182 / O8OO.555.O182``, ``138-5550-7212 /
    1３8-5５5０-７2１2 / 13八 5550 7212``. A number written the same way twice (a table) is no variant.
    """
    seen: dict[str, set[str]] = {}
    for m in _PHONE_RUN.finditer(unicodedata.normalize("NFKC", output)):
        raw = m.group(0)
        digits = "".join(ch for ch in raw.translate(_DIGIT_LIKE) if ch.isdigit())
        if len(digits) >= 9:
            seen.setdefault(digits, set()).add(raw)
    for spellings in seen.values():
        plain = {re.sub(r"[ .-]", "", s) for s in spellings}
        if len(spellings) >= 3 or (len(spellings) >= 2 and not all(p.isdigit() for p in plain)):
            return True
    return False


_SEO_EN = re.compile(
    r"\bbuy (\w+) online\b|\b(\w+) near me\b|\bcheap (\w+)\b|\btop (\w+) deals\b|\bbest (\w+) (?:20\d\d|online|deals)\b|"
    r"\b(\w+) (?:20[12]\d)\b",
    re.I,
)
_SEO_ZH = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:哪家好|多少钱|价格|官网|排行榜(?:20\d\d)?|推荐|报价|怎么样)")
SEO_MIN_PHRASES = 3
"""Search phrases (two kinds at least) around the same word the answer needs."""


_SEO_TOPIC = re.compile(r"keyword|\bseo\b|search|\btags?\b|market|advert|关键词|关键字|搜索|标签|营销|推广|广告", re.I)


def seo_stuffing(output: str, prompt: str) -> bool:
    """True when ≥ :data:`SEO_MIN_PHRASES` search-engine phrases are wrapped around one word of the answer.

    ``buy X online``, ``X near me``, ``cheap X``, ``top X deals``, ``X 2024``; ``X哪家好``, ``X多少钱``,
    ``X价格``, ``X官网``, ``X排行榜2022``: a keyword farm's phrases around the page's keyword, in two or more
    kinds. A prompt asking for keywords, SEO, search terms, tags, marketing or ads exempts it.
    """
    if _SEO_TOPIC.search(prompt) is not None:
        return False
    counts: dict[str, set[str]] = {}
    for m in _SEO_EN.finditer(output):
        word = next(g for g in m.groups() if g).lower()
        counts.setdefault(word, set()).add(re.sub(r"\d", "9", m.group(0).lower().replace(word, "X")))
    for m in _SEO_ZH.finditer(output):
        counts.setdefault(m.group(1)[-4:], set()).add(m.group(0)[len(m.group(1)) :])
    return any(len(kinds) >= SEO_MIN_PHRASES for kinds in counts.values())


# --- forum source and licence text ---------------------------------------------------------------------------

_BBCODE = re.compile(r"\[(size|color|font|attach|url|img|quote|b|i|u|align|table|tr|td)(?:=[^\]\n]{1,30})?\]", re.I)
_BBCODE_TOPIC = re.compile(r"bbcode|markup|forum|format|code|标记|论坛|排版|格式|代码", re.I)
BBCODE_MIN_KINDS = 2


def bbcode(output: str, prompt: str) -> bool:
    """True when the answer holds forum BBCode of ≥ 2 kinds, one of them closed (``[/color]``), unasked for.

    ``[size=4][font=微软雅黑][color=Red]…[/color]``, ``[attach]570427[/attach]``: a scraped forum post's
    source. Prompts about BBCode, markup, forums, formats or code are exempt.
    """
    kinds = {m.group(1).lower() for m in _BBCODE.finditer(output)}
    if len(kinds) < BBCODE_MIN_KINDS or not any(f"[/{k}]" in output.lower() for k in kinds):
        return False
    return _BBCODE_TOPIC.search(prompt) is None


_LICENCE = re.compile(
    r"permission is hereby granted, free of charge|without (?:any )?warranty|merchantability|"
    r"licensed under the apache license|gnu (?:general|lesser) public license|redistribution and use in source",
    re.I,
)
_LICENCE_TOPIC = re.compile(
    r"licen[cs]|copyright|legal|open.?source|software|code|warrant|许可|版权|开源|法律|代码", re.I
)


def licence_text(output: str, prompt: str) -> bool:
    """True when the answer is a software licence's text (MIT, GPL, BSD, Apache) and the prompt is not about one."""
    return _LICENCE.search(output[:600]) is not None and _LICENCE_TOPIC.search(prompt) is None


# --- the gate --------------------------------------------------------------------------------------------------


def apply(sig: Findings, out: str, ins: str, inp: str, prompt: str, phone_cue: bool) -> None:
    """Set the findings of this module on ``sig`` where the rules before found nothing.

    ``out`` is the cleaned answer, ``ins``/``inp`` the instruction and input, ``prompt`` the system text,
    instruction and input, ``phone_cue`` the column-wise test :data:`PHONE_RE2` (two long digit runs). Gates: the answer's length, its first characters, one substring or a count of a
    character; findings map onto existing reason codes (``placeholder``, ``echo``, ``spam``, ``dump``,
    ``non_answer``).
    """
    n = len(out)
    if n <= STANDIN_MAX_CHARS and sig.placeholder is None and sig.template is None:
        sig.placeholder = ignorance_or_deferral(out, prompt)
    if sig.placeholder is None and out[:1] in "Ll" and placeholder_text(out, prompt):
        sig.placeholder = "lorem"
    if sig.echo is None and ins and n <= 2 * len(ins) + 160 and ins[:10] in out and plea_echo(out, ins):
        sig.echo = "plea"
    if (
        sig.echo is None
        and out[:1] in _MARKER_START
        and _weight(inp) >= BULLETED_MIN_INPUT
        and n <= len(inp) + 200
        and "\n" in out
        and bulleted_input(out, ins, inp)
    ):
        sig.echo = "bulleted"
    if sig.spam in (None, "promo_weak"):  # (a borderline promotion may be certain spam by its form)
        if "\n" in out and (out.count("★") >= 6 or "好评" in out or "shipping" in out) and shop_reviews(out, prompt):
            sig.spam = "reviews"
        elif phone_cue and phone_variants(out):
            sig.spam = "phone"
        elif (
            n >= 80
            and (" online" in out or " near me" in out or "哪家好" in out or "多少钱" in out)
            and seo_stuffing(out, prompt)
        ):
            sig.spam = "seo"
    if sig.dump is None and "[/" in out and bbcode(out, prompt):
        sig.dump = "bbcode"
    if sig.non_answer is None and ("WARRANTY" in out or "Permission is hereby" in out) and licence_text(out, prompt):
        sig.non_answer = "licence"
