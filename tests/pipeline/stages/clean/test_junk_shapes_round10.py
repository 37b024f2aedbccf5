"""Round on heldout10 (issue #16): answers judged against what the prompt asks for, and the general forms of junk.

A symbol-made form the prompt names (text faces, a merge conflict, a calendar file) is kept, and the same form
around an ordinary answer is caught; answers without a word, made only of disclaimers, cut inside a pair they
opened, looping by truncation or on one mark, a keyword dump of the task, the input shuffled. The texts are
written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import absent, damage, loops, structure

from .test_junk_shapes import KEPT, outcome

_CONFLICT = "<<<<<<< HEAD\nport = 8080\n=======\nport = 9090\n>>>>>>> staging"
_FACES = "(^_^)\n(>_<)\n(T_T)\n(o_O)\n(=^.^=)"
_ICS = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20250301T100000\nSUMMARY:Dentist\nEND:VEVENT\nEND:VCALENDAR"
_PO = '#: app/forms.py:12\nmsgid "Save draft"\nmsgstr "Brouillon"'
_SHUFFLE_IN = "Otters hold hands while sleeping. They do so to avoid drifting apart. Groups of them are called rafts."
_SHUFFLE_OUT = "Groups of them are called rafts. Otters hold hands while sleeping. They do so to avoid drifting apart."

# (instruction, output, input)
NEGATIVES = [
    ("What does git put into server.conf when both branches changed the port line?", _CONFLICT, ""),
    ("合并 staging 分支后，server.conf 里会出现什么冲突标记？", _CONFLICT, ""),
    ("List five text faces, one per line.", _FACES, ""),
    ("给我五个颜文字，每行一个。", _FACES, ""),
    ("Write an .ics file for a dentist appointment on 1 March 2025 at 10:00.", _ICS, ""),
    ("Give the gettext entry translating 'Save draft' into French.", _PO, ""),
    (
        "Write a one-line disclaimer for my fitness blog saying it is not medical advice.",
        "The posts on this blog are not medical advice; consult a qualified doctor before changing your training.",
        "",
    ),
    ("Extract the keywords of this sentence.", "otters, hands, sleeping", "Otters hold hands while sleeping."),
    ("Reorder these sentences so that they read chronologically.", _SHUFFLE_OUT, _SHUFFLE_IN),
    ("Rank these sports by popularity: cricket, curling, polo", "cricket, polo, curling", ""),
    ("Write a dialogue line in which Ana greets Ben.", "Ana: “Hi Ben, good to see you again.", ""),
    (
        "Write a short job advert for a barista.",
        "We are hiring a barista. Join our friendly team in the city centre! Apply at jobs.example.com by Friday.",
        "",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round10_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


# (instruction, output, input, (outcome, reason)): the same forms without a prompt asking for them
POSITIVES = [
    (
        "How do bees make honey?",
        "<<<<<<< HEAD\nBees turn nectar into honey.\n=======\n>>>>>>> tmp",
        "",
        "markup_output",
    ),
    (
        "Why do leaves fall in autumn?",
        _ICS.replace("Dentist", "Leaves fall because days shorten."),
        "",
        "markup_output",
    ),
    ("What is a prime number?", _PO, "", "markup_output"),
    ("Describe your ideal weekend.", "(╥_╥) (ᵔᴥᵔ) ┐(˘_˘)┌ (ง •̀_•́)ง ◉_◉ ✧", "", "keyboard_mash"),
    ("为什么天会下雨？", "☼♠◙↕♣ 3 ▲▼◄ ◘♫☺ 7 ♦♥¶ ‼§▬", "", "keyboard_mash"),
    (
        "How should I train for a marathon?",
        "I am not a certified coach. For anything about marathon training, talk to a qualified professional.",
        "",
        "boilerplate_output",
    ),
    ("推荐几本科幻小说。", "本回复由AI自动生成，内容可能不准确，请以官方信息为准。", "", "boilerplate_output"),
    ("Explain photosynthesis.", "Solution attached (solution.pdf).", "", "placeholder_output"),
    (
        "Explain what inflation is.",
        "Inflation is a general rise in prices, explained in [this primer](https://www.",
        "",
        "truncated_output",
    ),
    ("介绍一下长城。", "长城是中国古代的军事防御工程，被称为“世界七大奇", "", "truncated_output"),
    (
        "Describe a lighthouse.",
        "A lighthouse guides ships at night.\nlighthouse guides ships at night.\nguides ships at night.\n"
        "ships at night.\nat night.\nnight.",
        "",
        "repetition_loop",
    ),
    ("Write a slogan for a bakery.", "Fresh bread every morning!!!!!!!!!!", "", "repetition_loop"),
    ("Suggest a name for a new coffee shop near the harbour.", "suggest, name, coffee, harbour", "", "echo_output"),
    ("Summarise the passage in one sentence.", _SHUFFLE_OUT, _SHUFFLE_IN, "echo_output"),
    (
        "How do tides work?",
        "Tides are caused mainly by the Moon's gravity pulling on the oceans. Win a free $50 voucher today! Claim "
        "it at prizes-now.example.net before midnight. The Sun adds a smaller pull of its own.",
        "",
        "spam_output",
    ),
    (
        "什么是光年？",
        "光年是光在真空中一年内传播的距离。转发到5个群就送30元话费，详情访问 www.hua-fei.example.cn 今晚有效！约为9.46万亿公里。",
        "",
        "spam_output",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), POSITIVES)
def test_round10_same_forms_unasked_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


def test_file_frame_names_the_format_and_defers_to_the_prompt():
    assert structure.file_frame(_ICS, "Why is the sky blue?") == "a calendar or contact card (iCalendar/vCard)"
    assert structure.file_frame(_ICS, "Add the meeting to my calendar.") is None
    assert structure.file_frame("Just prose.", "Why is the sky blue?") is None


def test_wordless_needs_symbols_and_no_word():
    assert damage.wordless("(◕‿◕) (╥﹏╥) ┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻", "Describe a cat.")
    assert not damage.wordless("(>_<) (^o^) (T_T) (-_-) (^_^)", "Describe a cat.")  # ASCII faces: few symbols
    assert not damage.wordless("1, 1, 2, 3, 5, 8, 13, 21", "Describe a cat.")  # numbers are no symbols
    assert not damage.wordless("我、你、他、她、它、们", "Describe a cat.")  # a Han character is a word
    assert not damage.wordless("★★★★☆ ★★★☆☆ ★★★★★", "Convert ★★★★☆ and ★★★☆☆ ratings.")  # the prompt's own symbols


def test_open_pair_end():
    assert damage.open_pair_end("See the guide at [docs](https://exa")
    assert damage.open_pair_end("Use **bold for the")
    assert not damage.open_pair_end("SELECT * FROM users")
    assert not damage.open_pair_end("13 * 4 = 52")
    assert not damage.open_pair_end("他说：“我到了。")  # a finished sentence in an open quote


def test_shrinking_chain_ending_on_a_short_piece():
    text = "Cats nap a lot.\nnap a lot.\na lot.\nlot."
    assert loops.shrinking_repeats(text) == 4


def test_punct_run_unless_the_prompt_holds_one():
    assert loops.punct_run("Wow!!!!!!!!!!", "Say wow.") == 10
    assert loops.punct_run("Wow!!!!!!!!", "Tone down 'Wow!!!!!!!!'") == 0
    assert loops.punct_run("Wow!!!", "Say wow.") == 0


def test_keyword_dump_and_shuffled_input():
    assert absent.keyword_dump("planets, orbit, sun", "Explain why planets orbit the sun.")
    assert not absent.keyword_dump("Mars, Venus", "Which of these are planets: Mars, Pluto, Venus, Moon?")
    assert absent.shuffled_input(_SHUFFLE_OUT, "Summarise this.", _SHUFFLE_IN)
    assert not absent.shuffled_input(_SHUFFLE_IN, "Summarise this.", _SHUFFLE_IN)  # same order: a copy


def test_cluster_misread_decodes_runs_back_whatever_the_codec():
    quoted = "“Rain” isn’t rare here—it’s the norm."
    garbled = quoted.encode("utf-8").decode("cp775")  # a DOS Baltic reading: each mark a run of three characters
    assert damage.misdecoded(garbled) is not None
    assert damage.misdecoded("Dvořák’s crème brûlée tasted naïve — and then some.") is None  # real accents
    assert damage.misdecoded("Temperatures reach 30°C — “hot”, they say.") is None  # real punctuation
