"""Tests for pipeline/stages/clean/signals/structure.py: Latin look-alike scripts (script_mismatch)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.clean.signals import structure
from pipeline.stages.clean.signals.structure import script_mismatch

BOLD = "".join(chr(0x1D41A + ord(c) - 97) if c.isalpha() else c for c in "the quick brown fox jumps")


@pytest.mark.parametrize(
    ("output", "prompt", "script"),
    [
        (BOLD, "Write a sentence about a fox.", "styled Latin"),
        ("Ｔｈｅ ｑｕｉｃｋ ｂｒｏｗｎ ｆｏｘ", "Write a sentence.", "styled Latin"),
        ("˙ʇɥƃᴉu ʎɹǝʌǝ ǝɯᴉʇ ǝɯɐs ǝɥʇ ʇɐ pǝq oʇ oƃ", "Give a tip.", "turned Latin"),
        ("Đây là một câu hỏi hay. Cảm ơn bạn đã hỏi.", "描述三种网络浏览器。", "accented Latin"),
        ("ㄨㄛˇ ㄇㄣˊ ㄐㄧㄣ ㄊㄧㄢ ㄑㄩˋ ㄍㄨㄥ ㄩㄢˊ", "描述周末。", "zhuyin"),
    ],
)
def test_look_alike_scripts(output, prompt, script):
    assert script_mismatch(output, prompt) == script


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        (BOLD, "Write it in a bold Unicode font."),
        ("˙ʇɥƃᴉu ʎɹǝʌǝ ǝɯᴉʇ ǝɯɐs ǝɥʇ ʇɐ pǝq oʇ oƃ", "Write this upside down."),
        ("θɔːt, tʃɜːtʃ, ʃɪp, ʒɒnrə, ŋæŋ, ɹʌn, ɐbaʊt", "Give the IPA for these words."),
        ("Chào buổi sáng, bạn có khỏe không? Tôi rất vui.", "Translate it into Vietnamese."),
        ("ㄨㄛˇ ㄇㄣˊ ㄐㄧㄣ ㄊㄧㄢ ㄑㄩˋ ㄍㄨㄥ ㄩㄢˊ", "用注音符号写出这句话。"),
        ("Nous sommes allés à la plage et nous avons mangé des crêpes.", "Describe the weekend."),
        ("The café serves crème brûlée and a naïve rosé.", "Describe a café."),
    ],
)
def test_look_alikes_asked_for_or_rare_are_not_judged(output, prompt):
    assert script_mismatch(output, prompt) is None


# --- round on heldout5: text effects asked for, crash reports and agent transcripts ------------------------

from pipeline.stages.clean.signals.structure import machine_dump  # noqa: E402


@pytest.mark.parametrize(
    "prompt", ["Write 'happy day' in small capitals.", "把“happy day”写成小型大写字母。", "Write it in a fancy style."]
)
def test_small_capitals_asked_for(prompt):
    assert script_mismatch("ʜᴀᴘᴘʏ ᴅᴀʏ ʜᴀᴘᴘʏ ᴅᴀʏ", prompt) is None
    assert script_mismatch("ʜᴀᴘᴘʏ ᴅᴀʏ ʜᴀᴘᴘʏ ᴅᴀʏ", "Say something nice.") == "turned Latin"


TRACE = 'Traceback (most recent call last):\n  File "run.py", line 3, in <module>\nValueError: bad'
AGENT = "Thought: look it up.\nAction: search\nAction Input: owls"


@pytest.mark.parametrize(
    ("output", "prompt", "kind"),
    [
        (TRACE, "Name a bird.", "trace"),
        (TRACE, "Why does my script raise this error?", None),
        (TRACE, "Fix this Python code.", None),
        (AGENT, "Name a bird.", "agent"),
        ("I will search.\n<tool_call>\n{}\n</tool_call>", "Name a bird.", "agent"),
        (AGENT, "Show a ReAct agent transcript.", None),
        ("Thought experiments are useful.\nThey test ideas.", "Name a bird.", None),
    ],
)
def test_crash_reports_and_agent_transcripts(output, prompt, kind):
    assert machine_dump(output, prompt) == kind


def test_other_scripts_and_subtitles():
    from pipeline.stages.clean.signals.structure import machine_dump

    assert script_mismatch("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Give a tip.") == "Cherokee"
    assert script_mismatch("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Write 'hello' in Cherokee.") is None
    assert script_mismatch("Use the ࿊ symbol", "Give a tip.") is None
    srt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:02,500 --> 00:00:04,000\nBye"
    assert machine_dump(srt, "Name a planet.") == "subtitles"
    assert machine_dump(srt, "Make subtitles for these lines.") is None


def test_french_with_few_accents_is_no_accented_script():
    # the script rule alone; that French nobody asked for is lang_mismatch is signals/foreign.py's finding
    assert (
        script_mismatch("Nous sommes allés à la plage et nous avons mangé des crêpes.", "Describe the weekend.") is None
    )


_RUN_TEXT = st.text(alphabet=st.sampled_from("ab+/=9 \n中文{};=,[]"), max_size=600)


@settings(max_examples=300, deadline=None)
@given(_RUN_TEXT, st.integers(min_value=1, max_value=30))
def test_run_patterns_start_only_at_a_run_but_match_the_same(text: str, scale: int) -> None:
    """The look-behinds in front of the long-run patterns change no match (the plain patterns as reference)."""
    text = "".join(c * scale if c not in " \n" else c for c in text)  # long runs as well as short ones
    plain_token = re.compile(r"\S{200,}")
    plain_base64 = re.compile(r"[A-Za-z0-9+/]{120,}={0,2}")
    assert [m.span() for m in structure._LONG_TOKEN.finditer(text)] == [m.span() for m in plain_token.finditer(text)]
    got, want = structure._BASE64_RUN.search(text), plain_base64.search(text)
    assert (got and got.span()) == (want and want.span())


def test_a_long_chinese_answer_is_not_a_blob() -> None:
    text = "这是一个很长的中文段落没有空格" * 40  # one 600-character run without code punctuation
    assert machine_dump(text, "写一段介绍。") is None
    minified = "function(a){return(a+1)};" * 12  # one 300-character token, 28 % code punctuation
    assert machine_dump(minified, "Describe the weather.") == "blob"


# --- round on heldout14: a markup the prompt names ------------------------------------------------------------

from pipeline.stages.clean.signals.structure import asks_markup_document  # noqa: E402

_OPML = (
    '<?xml version="1.0"?>\n<opml version="2.0"><head><title>T</title></head><body><outline text="A"/></body></opml>'
)


@pytest.mark.parametrize(
    ("prompt", "output", "asked"),
    [
        ("Convert the list to OPML 2.0.", _OPML, True),
        ("Write the route as KML.", "<kml><Document><Placemark/></Document></kml>", True),
        ("把提纲写成文档，每行一个 outline 元素。", _OPML, True),
        ("Give each stop as a Placemark element.", "<kml><Document><Placemark/></Document></kml>", True),
        ("Give each stop as a <Placemark>.", "<kml><Document><Placemark/></Document></kml>", True),
        # an element name as a plain word of the prompt does not ask for the markup
        ("Ask a question about the content.", "<en-export><note><content>Q?</content></note></en-export>", False),
        # HTML element names and lower-case words do not count
        (
            "Give the page a title and a table.",
            "<html><head><title>T</title></head><body><table/></body></html>",
            False,
        ),
        ("What is an atom?", _OPML, False),
        ("Tell me about otters.", _OPML, False),
    ],
)
def test_asks_markup_document(prompt, output, asked):
    assert asks_markup_document(prompt, output) is asked
