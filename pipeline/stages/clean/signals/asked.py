"""What a prompt asks for that would otherwise look like junk: one place every rule consults.

Several rules judge the *form* of an answer (mash words, symbols only, a high symbol share, letters
of another script). A prompt can ask for exactly that form: a typing drill is "mash" by design
(``asdf jkl;``), ``ⓒⓞⓕⓕⓔⓔ`` is what "write it in circled letters" wants, strike-through text is
half combining marks. The rules ask this module instead of carrying an exemption each:

- :func:`asks_symbols`: symbols, notation, ASCII art, emoji, a text effect (:data:`TEXT_EFFECT_TOPIC`), or a form
  made of symbols: text faces, merge conflicts and diffs, markup, data and configuration files (:data:`FORMAT_TOPIC`);
- :func:`asks_styled_letters`: phonetics, fonts, Unicode styles, diacritics or a text effect;
- :func:`asks_odd_words`: strings no language writes (passwords, ciphers, random strings) or a typing
  drill (:data:`TYPING_TOPIC`);
- :func:`asks_keys`: keys to press (:data:`KEYS_TOPIC`: shortcuts, the keys of a chord), for the mash rule only;
- :func:`asks_notation`: a symbolic notation or a form a tool prints (``ls -l`` permission strings,
  chess moves, a shorthand): its letter groups are symbols, not words (:data:`NOTATION_TOPIC`).

Placeholders and blanks asked for (cloze tests, templates, forms) are the scaffold rule's own
exemption (:mod:`.scaffold`); other languages and scripts asked for are :func:`pipeline.text.lang.asked_langs`.
"""

from __future__ import annotations

import re

from pipeline.text.caseless import CaselessPattern

SYMBOL_TOPIC = re.compile(
    r"ascii|emoticon|smiley|symbol|punctuation|emoji|morse|regex|regular expression|pattern|\bart\b|draw|diagram|"
    r"shape|equation|\bformula[se]?\b|notation|math|符号|标点|表情|字符画|正则|图形|公式|方程|数学|摩尔斯|莫尔斯|电码|点划|"
    r"latex|\btex\b|katex|mathjax|\bshell\b|\bbash\b|command[- ]line|one-liner|"
    r"chemical (?:equation|formula|reaction)|化学(?:方程式|式|反应式)|反应方程式|命令行|表达式",
    re.I,
)
"""Prompts whose answers may be made of symbols: ASCII art, emoji, Morse code, and formal notations (a regular
expression, a formula or equation in any notation, LaTeX, a shell command, a chemical equation).
The learned score's ``asks_symbols`` feature uses this very pattern (retrain the model after changing it)."""

TEXT_EFFECT_TOPIC = re.compile(
    r"\b(?:circled|small[- ]?cap\w*|strike[- ]?through|strikethrough|struck[- ]through|zalgo|glitch\w*|"
    r"bubble (?:letters|text)|upside[- ]down|mirror(?:ed)? (?:text|writing|letters)|underlin\w*|"
    r"text effects?|fonts?|monospace|full-?width|superscript|subscript|vaporwave|wide text)\b"
    r"|圆圈|小型大写|删除线|下划线|花体|字体|特效|文字效果|艺术字|上标|下标|倒置|镜像|全角",
    re.I,
)
"""Prompts asking for a text effect: circled or small-capital letters, strike-through, zalgo, fonts. Broader
words (style, bold, Unicode) only exempt styled letters (:func:`asks_styled_letters`), not symbol answers."""

_PHONETIC_TOPIC = re.compile(
    r"\b(?:ipa|phonetic\w*|pronunci\w*|transcri\w*|upside|flip\w*|diacritic\w*|accents?|accented|styl\w*|fancy|"
    r"unicode|bold|italic)\b|音标|发音|注音|变音|声调",
    re.I,
)

TYPING_TOPIC = CaselessPattern(
    r"typing|keyboard|qwerty|azerty|dvorak|home row|keystroke|key drill|finger drill|打字|键盘|键位|指法|盲打"
)
"""Prompts asking for typing practice: drills are made of key sequences that no language writes."""

KEYS_TOPIC = CaselessPattern(
    r"shortcut|hot ?keys?|key ?(?:combination|combo|chord|binding|press|sequence|stroke)|keys? to press|"
    r"which keys|what keys|press(?:es|ing)? (?:which|what|the) keys?|"
    r"快捷键|组合键|热键|按键|哪些键|哪个键|什么键|同时按"
)
"""Prompts asking which keys to press: a shortcut (``Ctrl+S``), the keys of a chord (``fdj`` on a braille keyboard; "chord" alone is music),
a key sequence. Key names and chords are letter groups no language writes, asked for (round on heldout14).
Only the keyboard-mash rule consults it: a prompt mentioning a key press does not license foreign prose."""


def asks_keys(prompt: str) -> bool:
    """True when ``prompt`` asks which keys to press (a shortcut, a key chord): key groups are no mash."""
    return KEYS_TOPIC.search(prompt)


_ODD_WORD_TOPIC = CaselessPattern(
    r"password|passcode|cipher|encrypt|encod|base ?64|hash|random|vowel|consonant|abbreviat|acronym|anagram|"
    r"scrambl|jumble|serial|license key|token|密码|加密|编码|元音|辅音|缩写|随机|乱码",
)


FORMAT_TOPIC = re.compile(
    r"kaomoji|text[- ]?faces?|颜文字|顏文字|\bgit\b|\bsvn\b|\bmercurial\b|\bmerge conflicts?\b|conflict markers?|"
    r"\bdiffs?\b|\bpatch file|unified diff|合并冲突|冲突标记|"
    r"(?<![./])\b(?:markup|markdown|yaml|toml|\bini\b|xml|html|css|csv|tsv|gettext|icalendar|vcard|crontab|dockerfile|makefile|"
    r"nginx|apache config|\.env|config(?:uration)? file|dotfile|syntax)\b|配置文件|语法"
    r"|(?<![\w./])[\w-]+\.(?:txt|ini|cfg|conf|py|js|ts|css|s[ac]ss|html?|xml|json|ya?ml|toml|md|csv|tsv|sh|rb|go|rs|"
    r"java|c|cpp|h|sql|php|ics|vcf|po|pot|env|lock|log|diff|patch|gitignore|svg|tex|bib)\b",
    re.I,
)
"""Prompts naming a form that is made of symbols: text faces (kaomoji), a version-control operation and what it
leaves in a file (merge conflict markers, a diff), a markup, data or configuration format, or a file by its name
(``config.ini``, ``styles.css``). Such a prompt licenses an answer that is mostly symbols; kept apart from
:data:`SYMBOL_TOPIC`, which the learned score's ``asks_symbols`` feature uses."""


def asks_symbols(prompt: str) -> bool:
    """True when ``prompt`` asks for symbols, a notation, ASCII art, emoji, a text effect or a symbol-made format."""
    return (
        SYMBOL_TOPIC.search(prompt) is not None
        or TEXT_EFFECT_TOPIC.search(prompt) is not None
        or FORMAT_TOPIC.search(prompt) is not None
    )


def asks_styled_letters(prompt: str) -> bool:
    """True when ``prompt`` asks for phonetics, fonts, Unicode styles, diacritics or a text effect."""
    return _PHONETIC_TOPIC.search(prompt) is not None or TEXT_EFFECT_TOPIC.search(prompt) is not None


NOTATION_TOPIC = CaselessPattern(
    r"notation|symbol|shorthand|\bls -l\b|chmod|permission string|"
    r"字母形式|符号形式|字符形式|符号表示|表示法|记法|简记|记谱|"
    # music: note names of a scale, a chord or a key (round on heldout15)
    r"(?:major|minor|pentatonic|chromatic|diatonic|blues|whole[- ]tone|modal|dorian|lydian|mixolydian|phrygian|"
    r"aeolian|locrian) (?:scales?|chords?|triads?|arpeggios?)|\bscales? (?:ascending|descending)|"
    r"\bnotes? of (?:the|a|an) [a-g]\b|\boctaves?\b|arpeggio|key signature|chord (?:tones|notes|spelling)|"
    r"音阶|音名|和弦|琶音|调号|大调|小调|五线谱|简谱|八度"
)
"""Prompts asking for a notation: an answer in it is letter groups that are symbols (``rwxr-xr--``, ``Nf3``, the
note names ``B C♯ D♯ E`` of a scale), not words. Kept apart from :data:`SYMBOL_TOPIC`, which the learned score's
``asks_symbols`` feature uses."""


def asks_notation(prompt: str) -> bool:
    """True when ``prompt`` asks for a symbolic notation or a symbol form (its letter groups are no mash)."""
    return NOTATION_TOPIC.search(prompt)


def asks_odd_words(prompt: str) -> bool:
    """True when ``prompt`` asks for strings no language writes: passwords, ciphers, random strings, typing drills."""
    return _ODD_WORD_TOPIC.search(prompt) or TYPING_TOPIC.search(prompt)
