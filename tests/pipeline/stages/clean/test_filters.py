"""Each filter's reason code and detail message, word lists and their loading errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.config.clean import FILTERS, CleanConfig
from pipeline.core.records import records_to_table
from pipeline.errors import ConfigError
from pipeline.stages.clean.filters import (
    QualityFilters,
    WordMatcher,
    build_word_matcher,
    fold_for_echo,
    load_wordlist,
    resolve_wordlist,
)
from pipeline.stages.clean.stage import clean_table


def _record(**kw):
    base = {
        "record_id": "r1",
        "instruction": "Describe the weather today.",
        "input": "",
        "output": "It is sunny and warm, with a light breeze from the west.",
        "corpus": "c",
        "source_file": "f.json",
        "source_index": 0,
        "lang": "en",
    }
    base.update(kw)
    return base


def judge(record=None, **cfg_kw):
    cfg = CleanConfig(**cfg_kw)
    matcher = build_word_matcher(cfg) if "blocked_words" in cfg.filters else None
    res = clean_table(records_to_table([record or _record()]), cfg, matcher)
    if res.kept.num_rows:
        return None, None
    row = res.rejected.to_pylist()[0]
    return row["reason"], row["detail"]


def test_clean_record_is_kept():
    assert judge() == (None, None)


CASES = [
    ("empty_instruction", _record(instruction=" \u200b "), {}),
    ("empty_output", _record(output="   \u200b\n"), {}),
    ("placeholder_output", _record(output="N/A"), {}),
    ("placeholder_output", _record(output="<nooutput>"), {}),
    ("template_output", _record(output="<|assistant|>\n{{ reply }}\n<|end|>"), {}),
    ("too_short", _record(output="ok"), {"min_output_units": 5}),
    ("too_short", _record(instruction="Hi"), {"min_instruction_units": 8}),
    ("too_long", _record(output="a" * 30), {"max_output_units": 10}),
    ("too_long", _record(input="很长" * 10), {"max_prompt_units": 50}),
    ("generation_artefact", _record(output="It is sunny and warm today. // end of output //"), {}),
    ("mojibake", _record(output="It is sunny and warm today, with a light breeze \ufffd\ufffd from the west."), {}),
    (
        "markup_output",
        _record(output="<html><head><title>x</title></head><body><div><p>It is sunny</p></div></body></html>"),
        {},
    ),
    ("echo_output", _record(instruction="Write a poem about cats.", output="write a poem about cats"), {}),
    ("echo_output", _record(input="Fix: I has a cat", output="fix:  I has a cat"), {"echo_check_input": True}),
    ("refusal_output", _record(output="I'm sorry, but I cannot complete this task."), {}),
    (
        "boilerplate_output",
        _record(
            output="It is sunny. We use cookies to improve your experience. Accept all cookies. "
            "Privacy Policy | Terms of Use | Contact Us"
        ),
        {},
    ),
    (
        "spam_output",
        _record(
            output="It is sunny. Buy now at http://cheap-deals.example.com, limited time offer, add WeChat abc123!"
        ),
        {"filters": ["spam_output"]},
    ),
    ("blocked_words", _record(output="欢迎加微信了解详情，谢谢。"), {}),
    ("blocked_words", _record(output="Hurry, this is a LIMITED TIME OFFER for you."), {}),
    ("keyboard_mash", _record(output="asdf jkl; qwer asdfgh zxcv sdfg hjkl qwerty"), {}),
    ("repetition_loop", _record(output="It is sunny. " * 20), {}),
    ("repetition_loop", _record(output="same line here\n" * 5 + "another line"), {}),
    ("repetition_chars", _record(output="哈哈哈哈哈哈哈哈哈哈好的"), {}),
    ("special_char_ratio", _record(output="#### $$$$ %%%% &&&& **** @@@@ ~~~~ ^^^^ ok"), {}),
    (
        "lang_not_allowed",
        _record(instruction="ひらがなでかいてください", output="これはひらがなのぶんしょうです"),
        {"redetect_lang": "always"},
    ),
    ("lang_mismatch", _record(output="今天天气晴朗，气温适中，微风从西边吹来。"), {}),
    ("script_mismatch", _record(output="Ит ис сунны анд wарм wитх а лигхт бреезе фром тхе wест."), {}),
    ("truncated_output", _record(output="It is sunny and warm, with a light breeze from the"), {}),
    ("repetition_lines", _record(output="same line here\n" * 5 + "another line"), {"filters": ["repetition_lines"]}),
    (
        "repetition_ngrams",
        _record(output="the quick brown fox jumps " * 30),
        {"filters": ["repetition_ngrams"]},
    ),
    (
        "low_coherence",
        _record(output="Cats like milk. Dogs bark loudly. Birds sing songs. Fish swim fast."),
        {"min_coherence": 0.5, "coherence_min_units": 10},
    ),
    (
        "learned_junk",
        _record(),
        {"filters": ["learned_junk"], "learned_junk_review": 0.0, "learned_junk_reject": 0.0},
    ),
]


@pytest.mark.parametrize(("reason", "record", "cfg"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_filter_reason(reason, record, cfg):
    got, detail = judge(record, **cfg)
    assert got == reason
    # details never carry record text
    for field in ("instruction", "input", "output"):
        if len(record[field]) > 3:
            assert record[field][:12] not in detail


def test_every_filter_has_a_case():
    assert {c[0] for c in CASES} == set(FILTERS)


def test_input_echo_allowed_by_default():
    """An edit that needs no change keeps its input; a writing task that hands its input back is junk."""
    assert judge(_record(instruction="Correct the sentence.", input="I have a cat", output="I have a cat")) == (
        None,
        None,
    )
    assert judge(_record(input="I has a cat", output="I has a cat")) == (
        "echo_output",
        "field 'output' only repeats field 'input' for a task that asks for new text",
    )


def test_exact_detail_messages():
    assert judge(_record(output="ok"), min_output_units=5) == (
        "too_short",
        "field 'output' has 2 units < min_output_units 5",
    )
    assert judge(_record(output="   ")) == ("empty_output", "field 'output' is empty after cleaning")
    assert judge(_record(output="欢迎加微信了解详情")) == (
        "blocked_words",
        "1 word-list hits >= blocked_words_min_hits: 'output' x1 (list ads_zh)",
    )
    assert judge(_record(instruction="ひらがなでかいてください", output="これはひらがなです", lang="other")) == (
        "lang_not_allowed",
        "record language 'other' is not in allowed_langs (en, zh)",
    )


def test_filter_order_decides_reason():
    rec = _record(output="#### $$$$ %%%% &&&& **** @@@@ ~~~~ ^^^^ ok")
    assert judge(rec, min_output_units=500)[0] == "too_short"
    assert judge(rec, min_output_units=500, filters=["special_char_ratio", "too_short"])[0] == "special_char_ratio"
    assert judge(rec, filters=[]) == (None, None)


def test_text_without_letters_has_no_language_to_reject():
    assert judge(_record(instruction="91-33=", output="91-33=58")) == (None, None)


def test_allowed_langs_configurable():
    rec = _record(instruction="ひらがなでかいてください", output="これはひらがなのぶんしょうです", lang="other")
    assert judge(rec, allowed_langs=["zh", "en", "other"]) == (None, None)


def test_word_matcher_boundaries_and_cjk():
    m = WordMatcher([("bad", ["meth", "加微信", "buy now"])])
    assert m.hits("The method works") == {}
    assert m.hits("a meth lab") == {"bad": 1}
    assert m.hits("Meth, then METH.") == {"bad": 2}
    assert m.hits("快来加微信吧") == {"bad": 1}
    assert m.hits("BUY NOW!") == {"bad": 1}
    assert WordMatcher([]).hits("anything") == {}


def test_records_with_hits_reads_every_text_of_a_record():
    m = WordMatcher([("bad", ["meth", "加微信"])])
    filters = QualityFilters(CleanConfig(), m)
    # the word in the instruction, input, output, a system text, a history turn; the method (no word);
    # a word split across two fields by the newline that joins them; nothing at all
    got = filters.records_with_hits(
        ["a meth lab", "x", "x", "x", "x", "The method", "me", ""],
        ["", "快来加微信", "", "", "", "", "", ""],
        ["", "", "Meth.", "ok", "ok", "works", "th", ""],
        [[], [], [], [("system", "METH")], [("history[0][1]", "加微信")], [("system", "methods")], [], []],
    )
    assert got == [True, True, True, True, True, False, False, False]
    assert filters.records_with_hits([], [], [], []) == []
    assert QualityFilters(CleanConfig(), WordMatcher([])).records_with_hits(["meth"], [""], [""], [[]]) == [False]


def test_wordlist_files(tmp_path: Path):
    good = tmp_path / "ours.txt"
    good.write_text("# comment\n\nFoo Bar\n禁词\n", encoding="utf-8")
    assert load_wordlist(good) == ["foo bar", "禁词"]
    assert resolve_wordlist("ours.txt", tmp_path) == ("ours", good)
    name, path = resolve_wordlist("builtin:ads_zh")
    assert name == "ads_zh" and path.is_file()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\xfe broken\n")
    with pytest.raises(ConfigError, match=r"bad\.txt:2: word list is not UTF-8 \(byte 3\)"):
        load_wordlist(bad)
    with pytest.raises(ConfigError, match=r"missing\.txt: word list not found"):
        load_wordlist(tmp_path / "missing.txt")


def test_wordlist_paths_resolve_against_config_folder(tmp_path: Path):
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "mine.txt").write_text("zebra crossing\n", encoding="utf-8")
    cfg = parse_config({"clean": {"wordlists": ["lists/mine.txt"]}}, source="t.yaml", base_dir=tmp_path)
    m = build_word_matcher(cfg.clean, cfg.base_dir)
    assert m.hits("a Zebra crossing") == {"mine": 1}


def test_bundled_wordlists_load_and_are_small():
    m = build_word_matcher(CleanConfig())
    assert 20 < m.size < 500


def test_fold_for_echo():
    assert fold_for_echo("Write a poem, about cats!") == "writeapoemaboutcats"
    assert fold_for_echo("写一首诗。") == "写一首诗"


SONG = (
    "Verse 1:\nWe walk along the shore tonight\nThe stars are shining bright\n\n"
    "Chorus:\nOh, sing with me, sing with me\nUnder the open sky\nOh, sing with me, sing with me\n"
    "And never say goodbye\n\nVerse 2:\nThe waves are calling out our names\nThe wind is playing games\n\n"
    "Chorus:\nOh, sing with me, sing with me\nUnder the open sky\nOh, sing with me, sing with me\n"
    "And never say goodbye"
)
FRENCH = "Bonjour, je m'appelle Marie. J'ai vingt ans et j'habite à Paris avec ma famille."


def test_instruction_data_is_kept():
    """Issue #16: a song with a chorus, a French-writing task, prose about tags stay (and are unchanged)."""
    assert judge(_record(instruction="Write a song about the sea.", output=SONG)) == (None, None)
    assert judge(_record(instruction="Write fifty words in French introducing yourself.", output=FRENCH)) == (
        None,
        None,
    )
    mention = "Wrap both in a `<div>` and style the `<span>` inside it with `display: flex`."
    assert judge(_record(instruction="How do I center two elements?", output=mention)) == (None, None)


def test_a_degenerate_loop_is_rejected_with_its_count():
    assert judge(_record(output="the " * 14)) == (
        "repetition_loop",
        "field 'output': a short unit is repeated 14 times back to back",
    )


def _outcome(record):
    res = clean_table(records_to_table([record]), CleanConfig())
    for table, name in ((res.rejected, "rejected"), (res.review, "review")):
        if table.num_rows:
            row = table.to_pylist()[0]
            return name, row["reason"], row["detail"]
    return "kept", None, None


@pytest.mark.parametrize(
    ("instruction", "output"),
    [
        ("Repeat the word 'hooray' 12 times, separated by commas.", ", ".join(["hooray"] * 12)),
        ("Say 'happy birthday' 10 times in a row.", " ".join(["Happy birthday!"] * 10)),
        (
            "Write the tongue twister 'Toy boat' four times, one per line.",
            "\n".join(["Toy boat. Toy boat. Toy boat."] * 4),
        ),
        (
            "Write the sentence 'I will not talk in class.' 7 times, one per line.",
            "\n".join(["I will not talk in class."] * 7),
        ),
        ("把“我爱学习。”这句话重复写十一遍，每遍一行。", "\n".join(["我爱学习。"] * 11)),
        ("请把“恭喜”连说9遍，中间用逗号隔开。", "，".join(["恭喜"] * 9)),
        ("请跟我读三遍：好好学习，天天向上。", "好好学习，天天向上。好好学习，天天向上。好好学习，天天向上。"),
    ],
)
def test_repetition_the_prompt_asks_for_is_kept(instruction, output):
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in instruction) else "en"
    assert _outcome(_record(instruction=instruction, output=output, lang=lang)) == ("kept", None, None)


def test_far_more_repetition_than_asked_is_only_borderline():
    record = _record(instruction="Repeat the word 'hello' 3 times.", output="hello " * 40)
    assert _outcome(record) == (
        "review",
        "repetition_loop",
        "field 'output': a unit is repeated 40 times back to back, more than the prompt asks",
    )
    # the same loop for a prompt that asks for no repetition is rejected
    assert _outcome(_record(instruction="Greet me.", output="hello " * 40))[:2] == ("rejected", "repetition_loop")


def test_language_comes_from_the_prompt():
    from pipeline.text.lang import record_lang

    assert record_lang("Write fifty words in French introducing yourself.", "", FRENCH) == "en"
    assert record_lang("Describe crème brûlée for my café's résumé.", "", "Crème brûlée is a rich custard.") == "en"


@pytest.mark.parametrize(
    ("section", "message"),
    [
        (
            {"learned_junk_review": 1.5},
            "t.yaml: section 'clean' is invalid: learned_junk_review must be between 0.0 and 1.0, got 1.5",
        ),
        (
            {"learned_junk_reject": -0.1},
            "t.yaml: section 'clean' is invalid: learned_junk_reject must be between 0.0 and 1.0, got -0.1",
        ),
        (
            {"learned_junk_review": 0.9, "learned_junk_reject": 0.5},
            "t.yaml: section 'clean' is invalid: learned_junk_reject must be at least learned_junk_review (0.9), "
            "got 0.5",
        ),
    ],
)
def test_learned_junk_thresholds_checked_on_load(section, message):
    with pytest.raises(ConfigError) as err:
        parse_config({"clean": section}, source="t.yaml", base_dir=None)
    assert str(err.value) == message


def test_learned_junk_review_and_reject_thresholds():
    from pipeline.stages.clean.filters import FilterInput, QualityFilters
    from pipeline.stages.clean.signals.record import record_signals

    default = QualityFilters(CleanConfig(filters=["learned_junk"]))._f_learned_junk
    filters = QualityFilters(CleanConfig(filters=["learned_junk"], learned_junk_reject=0.97))
    texts = {"instruction": "Describe the sea.", "input": "", "output": "Blue."}
    sig = record_signals(texts["instruction"], "", texts["output"])
    step = filters._f_learned_junk
    assert step(FilterInput(texts, (), sig, "en", None, False, None)) is None
    assert step(FilterInput(texts, (), sig, "en", None, False, 0.89)) is None
    review = step(FilterInput(texts, (), sig, "en", None, False, 0.9))
    assert review is not None and review.borderline
    assert review.detail == "learned junk score 0.900 >= learned_junk_review 0.9"
    # by default (learned_junk_reject 1.0) nothing is rejected: every finding is borderline
    top = default(FilterInput(texts, (), sig, "en", None, False, 1.0))
    assert top is not None and top.borderline
    assert top.detail == "learned junk score 1.000 >= learned_junk_review 0.9"
    reject = step(FilterInput(texts, (), sig, "en", None, False, 0.97))
    assert reject is not None and not reject.borderline
    assert reject.detail == "learned junk score 0.970 >= learned_junk_reject 0.97"
    # a prompt asking for another language, symbols, markup, data or code: never more than borderline
    asked = step(FilterInput(texts, (), sig, "en", None, False, 0.99, True))
    assert asked is not None and asked.borderline
    assert asked.detail == (
        "learned junk score 0.990 >= learned_junk_reject 0.97, for a prompt asking for another language, symbols, "
        "markup, data or code"
    )


def test_learned_junk_model_path_resolves_against_config_folder(tmp_path: Path):
    from pipeline.stages.clean.stage import junk_model

    cfg = parse_config({"clean": {"learned_junk_model": "models/m.json"}}, source="t.yaml", base_dir=tmp_path)
    with pytest.raises(ConfigError) as err:
        junk_model(cfg.clean, cfg.base_dir)
    assert str(err.value).startswith(f"{tmp_path / 'models' / 'm.json'}: cannot read the learned junk model")
    assert junk_model(CleanConfig(filters=["empty_output"])) is None


@pytest.mark.parametrize(
    ("instruction", "output"),
    [
        # display maths: the delimiter lines and TeX commands are formula lines, whatever the prompt says
        ("Write the Gaussian integral.", "$$\n\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}\n$$"),
        ("写出勾股定理。", "$$\na^2 + b^2 = c^2\n$$"),
        ("Give the identity.", "\\[\ne^{i\\pi} + 1 = 0\n\\]"),
        # a prompt asking for a formal notation: shell, LaTeX, a chemical equation
        ("Give a bash one-liner that deletes *.log files.", "find . -name '*.log' -exec rm {} \\; # ~/$(pwd)"),
        ("Write the quadratic formula in LaTeX.", "x = {-b \\pm \\sqrt{b^2-4ac} \\over 2a}"),
        ("Balance this chemical equation: Fe + O2 -> Fe2O3", "4Fe + 3O₂ → 2Fe₂O₃"),
    ],
)
def test_requested_notation_is_not_a_symbol_dump(instruction, output):
    assert judge(_record(instruction=instruction, output=output), filters=["special_char_ratio"]) == (None, None)


def test_emoji_dump_is_still_a_symbol_dump():
    rec = _record(
        instruction="对顾客服务咨询做出一个合理的回应。",
        output="🎉 🌚🌚🌚 🙌 🎉🎉🎉 ✨✨✨✨ 🎉🎉 😍😍 😂 💀 👍 🙌🙌🙌",
    )
    assert judge(rec, filters=["special_char_ratio"])[0] == "special_char_ratio"


@pytest.mark.parametrize(
    ("output", "kind"),
    [
        ("Name a red fruit – Guide\nLooking for name a red fruit? All about name a red fruit.", "copies"),
        ("You asked: name a red fruit. Is that right?", "asked back"),
        ('Just to confirm: "Name a red fruit" (yes/no)', "quoted"),
        ("SPEAKER_01: Name a red fruit.", "label"),
        ("Name a red fruit: a strawberry.", None),
        ("Name a red fruit. Cherries are red, and so are strawberries and raspberries in summer.", None),
    ],
)
def test_wrapped_echo(output, kind):
    from pipeline.stages.clean.filters import fold_for_echo, wrapped_echo

    ins = "Name a red fruit."
    assert wrapped_echo(output, ins, fold_for_echo(output), fold_for_echo(ins)) == kind
