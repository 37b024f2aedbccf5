"""Round on heldout6 (issue #16): classes of junk by form, and good answers of the same look that stay kept.

Answers in a Latin-script language nobody asked for, leetspeak, rare scripts; bracketed notes and notices of
the medium (deleted, blank scans, chat events, app stamps), graders' verdicts; promotions with or without a
link; part and page markers, unclosed reasoning blocks; home-row mash, multi-tap digits, punctuation specks;
forum, trace and subject-line echoes; subtitle files, chat-export JSON, running heads; more mis-decodings.
The texts are written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

# (instruction, output, input, (outcome, reason))
POSITIVES = [
    # another Latin-script language, not asked for
    (
        "Explain how a rainbow forms.",
        "Es una buena pregunta y la respuesta depende de la luz del sol.",
        "",
        ("rejected", "lang_mismatch"),
    ),
    (
        "Describe a good breakfast.",
        "Dit is een goede vraag en het antwoord is niet van mij.",
        "",
        ("rejected", "lang_mismatch"),
    ),
    (
        "怎样才能睡得更好？",
        "Ini adalah pertanyaan yang sulit dan saya tidak tahu jawabannya.",
        "",
        ("rejected", "lang_mismatch"),
    ),
    # leetspeak and rare scripts
    (
        "Describe the water cycle.",
        "W473r 3v4p0r4735 fr0m 7h3 0c34n 4nd f4ll5 4g41n 45 r41n 0n 7h3 l4nd.",
        "",
        ("rejected", "script_mismatch"),
    ),
    ("Give me a tip for studying.", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏍᎦᏯ", "", ("rejected", "script_mismatch")),
    ("给我一个学习的建议。", "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵎⵎⵉⵔⵜ ⵉⴼⵓⵍⴽⵉ", "", ("rejected", "script_mismatch")),
    # notices of the medium and bracketed notes
    ("Summarise the causes of inflation.", "[post deleted by the author]", "", ("rejected", "boilerplate_output")),
    ("Summarise the causes of inflation.", "[audio clip 0:42]", "", ("review", "boilerplate_output")),
    ("解释一下通货膨胀。", "该帖子已被管理员删除", "", ("rejected", "boilerplate_output")),
    ("List three uses of copper.", "Sent from my phone using Mailbox", "", ("rejected", "boilerplate_output")),
    ("List three uses of copper.", "Score: 6/10\nThe reply is fine but brief.", "", ("rejected", "boilerplate_output")),
    # promotions, with or without a link
    (
        "What is the boiling point of water?",
        "Water boils at 100 °C at sea level.\n\nLimited offer: join our science club today and get 50% off "
        "your first month!",
        "",
        ("rejected", "spam_output"),
    ),
    ("如何种植西红柿？", "限时优惠！扫码加入会员，立减30元，名额有限。", "", ("rejected", "spam_output")),
    # part and page markers, an unclosed reasoning block
    (
        "Explain how vaccines work.",
        "Vaccines train the immune system to recognise a germ so that the body (1/2)",
        "",
        ("rejected", "truncated_output"),
    ),
    (
        "Explain how vaccines work.",
        "Vaccines train the immune system to recognise a germ without causing the disease.\n\nPage 1 of 3",
        "",
        ("rejected", "truncated_output"),
    ),
    ("解释疫苗的原理。", "<think>\n用户想知道疫苗的原理。我先想想免疫系统如何", "", ("rejected", "truncated_output")),
    # mash by form
    ("Name a famous painter.", "hdjskalfhg jdhslakg fdsjhalk", "", ("rejected", "keyboard_mash")),
    ("Describe your favourite season.", "7 444 33 6 88 2 3 99 77 444 55", "", ("rejected", "keyboard_mash")),
    (
        "Describe your favourite season.",
        ".' ,: ~ '` .; i _ ,' -.\n`' ; : l ~ ,. '_ ;",
        "",
        ("rejected", "keyboard_mash"),
    ),
    # echoes of other frames
    (
        "Describe how to make a paper airplane at home.",
        "> Describe how to make a paper airplane at home\n\nBump, same here.",
        "",
        ("rejected", "echo_output"),
    ),
    (
        "Summarize the plot of a famous novel in two sentences.",
        "Fwd: Summarize the plot of a famous novel",
        "",
        ("rejected", "echo_output"),
    ),
    # machine output, running heads
    (
        "Tell me about the Moon.",
        "1\n00:00:01,000 --> 00:00:03,500\nTell me about the Moon\n\n2\n00:00:04,000 --> 00:00:06,000\n[Music]",
        "",
        ("rejected", "markup_output"),
    ),
    (
        "Describe a walk in the forest at dawn.",
        "DESCRIBE A WALK IN THE FOREST  12\nThe air is cold.\nDESCRIBE A WALK IN THE FOREST  13\nBirds wake up.\n"
        "DESCRIBE A WALK IN THE FOREST  14\nThe air is cold.\nDESCRIBE A WALK IN THE FOREST  15\nBirds wake up.",
        "",
        ("rejected", "repetition_loop"),
    ),
    # mis-decodings
    (
        "Why is the sky blue?",
        "The sky looks blue because air scatters blue light ג€” more than red.",
        "",
        ("rejected", "mojibake"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "expected"), POSITIVES)
def test_round6_junk_is_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_)[:2] == expected


HARD_NEGATIVES = [
    # a language asked for, or the input's language
    ("Translate 'good morning' into Indonesian.", "Selamat pagi, apa kabar dan bagaimana hari anda?", ""),
    (
        "Correct the spelling in this sentence.",
        "Es una buena pregunta y la respuesta es sencilla.",
        "Es una buena pregunta y la repuesta es sencilla.",
    ),
    # English with a foreign place list, and leetspeak asked for
    ("Name five cities in the American West.", "Los Angeles, Las Vegas, El Paso, San Diego, Santa Fe", ""),
    ("Write 'the best of the day' in leetspeak.", "7h3 b357 0f 7h3 d4y 4nd 7h3 n16h7", ""),
    # UI strings and ratings asked for
    ("Write the placeholder text shown where a deleted post used to be, in square brackets.", "[post deleted]", ""),
    ("Rate this review from 1 to 10. Reply as 'Score: X/10'.", "Score: 8/10", "Great food, slow service."),
    # a bracketed choice, and a short answer that shares the prompt's words
    ("Which option is a mammal? (A) shark (B) whale", "(B) whale", ""),
    # DNA from the prompt, a drawn-out sound in an enumeration
    ("Give the reverse complement of this DNA sequence.", "TTTTTGCAGGGG", "CCCCTGCAAAAA"),
    ("写出 4 个动物叫声的拟声词，用顿号隔开。", "喵喵喵、汪汪汪、咩咩咩、哞——", ""),
    # fractions, footers that say the text is complete, subtitles asked for
    ("What fraction of a pizza is one slice of two?", "One slice of two is half the pizza (1/2)", ""),
    ("Write the lines of a short speech.", "Thank you all for coming tonight.\n\nPage 2 of 2", ""),
    (
        "Turn these lines into an SRT subtitle file.",
        "1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:02,500 --> 00:00:04,000\nGoodbye",
        "Hello\nGoodbye",
    ),
    # an English answer with a price and a call to act that takes up the task
    (
        "How can I save money on groceries?",
        "Plan meals, buy store brands and use coupons.\n\nJoin a loyalty programme: many stores give 5% off.",
        "",
    ),
    # Polish and Vietnamese named by the prompt
    ("Say 'it depends on the situation' in Polish.", "To zależy od sytuacji i od twoich celów.", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_round6_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


def test_round6_unasked_french_is_lang_mismatch():
    got = outcome("Describe the weekend.", "Nous sommes allés à la plage et nous avons mangé des crêpes.")
    assert got[:2] == ("rejected", "lang_mismatch")
