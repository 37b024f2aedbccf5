"""Tests for pipeline/stages/clean/signals/loops.py: shrinking-suffix loops."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.loops import shrinking_repeats


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("It rains in the cold north. in the cold north. the cold north. cold north.", 4),
        ("彩虹由阳光折射形成。阳光折射形成。折射形成。射形成。", 4),
        ("Go. Go. Go.", 0),  # equal sentences: a stutter, not a shrinking loop (and too short a tail)
        ("Cats sleep a lot. Dogs sleep a lot. Birds sleep a lot.", 1),  # same ending, not shorter suffixes
        ("A plain answer without any repeated ending.", 0),
    ],
)
def test_shrinking_repeats(text, chain):
    assert shrinking_repeats(text) == chain


def test_running_head():
    from pipeline.stages.clean.signals.loops import running_head

    ins = "Describe a walk in the forest at dawn."
    text = "\n".join(f"DESCRIBE A WALK IN THE FOREST  {n}\nA line of text {n % 2}." for n in range(10, 15))
    assert running_head(text, ins) == 5
    assert running_head(text, "Write about the sea.") == 0
    table = "\n".join(f"Question {n}:\nWhat is {n} + {n}?" for n in range(1, 6))
    assert running_head(table, "Write a quiz of five questions.") == 0


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("[00:05.952 --> 00:09.939]  Water boils at sea level.", "water boils at sea level."),
        ("(01:02) Water boils.", "water boils."),
        ("00:00:04,413 --> 00:00:09,639 Water boils.", "water boils."),
        ("12:30 is lunch time.", "is lunch time."),
        ("Water boils at 12:30.", "water boils at 12:30."),
    ],
)
def test_fold_unit_drops_a_leading_time_stamp(line, folded):
    from pipeline.stages.clean.signals.loops import fold_unit

    assert fold_unit(line) == folded


# --- round on heldout15: lines that overlap (roll-up captions) -------------------------------------------------

from pipeline.stages.clean.signals.loops import overlapping_lines  # noqa: E402

_ROLLUP = (
    "Otters sleep floating\nOtters sleep floating on their backs\non their backs and hold paws\n"
    "and hold paws so they do\nso they do not drift apart."
)


@pytest.mark.parametrize(
    ("text", "prompt", "run"),
    [
        (_ROLLUP, "Tell me about otters.", 5),
        ("水獭常常仰面\n水獭常常仰面漂浮着睡觉\n漂浮着睡觉，还会手拉着\n还会手拉着手以免被冲散。", "介绍水獭。", 4),
        (_ROLLUP, "Show the text as overlapping windows of three words.", 0),  # asked for
        ("I\nI am\nI am here\nI am here now\nI am here now again", "Write a word pyramid.", 0),  # grows whole lines
        ("Otters sleep.\nThey hold paws.\nThey float.\nThey eat fish.", "Tell me about otters.", 0),
        (  # an edge list: each line starts where the one before ends, then an arrow
            "Start --> Fill in the form\nFill in the form --> Send the form\nSend the form --> Wait for a reply\n"
            "Wait for a reply --> Done",
            "Describe the process as a list of steps.",
            0,
        ),
    ],
)
def test_overlapping_lines(text, prompt, run):
    assert overlapping_lines(text, prompt) == run
