"""Tests for pipeline/stages/clean/signals/kinds.py: repetition the prompt asks for."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.kinds import REPEAT_NO_COUNT, repeat_limit, repeat_request, same_unit_repeats


@pytest.mark.parametrize(
    ("prompt", "count"),
    [
        ("Repeat the word 'hooray' 12 times, separated by commas.", 12),
        ("Say 'happy birthday' 9 times in a row.", 9),
        ("Write the tongue twister 'Toy boat' four times, one per line.", 4),
        ("Copy this line a dozen times: I will listen.", 12),
        ("Chant 'go team' twice.", 2),
        ("Type the password hint three more times.", 3),
        ("把“加油！”这句话重复写十一遍，每遍一行。", 11),
        ("请把“恭喜”连说9遍，中间用逗号隔开。", 9),
        ("把绕口令《扁担和板凳》连写三遍，每遍一行。", 3),
        ("这个词抄写二十遍。", 20),
        ("请跟读三次：你好。", 3),
        ("Repeat after me: the quick brown fox.", REPEAT_NO_COUNT),
        ("请跟我读：山清水秀。", REPEAT_NO_COUNT),
        ("用叠词写一句话。", REPEAT_NO_COUNT),
    ],
)
def test_repeat_request_reads_the_count_asked(prompt, count):
    assert repeat_request(prompt) == count


@pytest.mark.parametrize(
    "prompt",
    [
        "Why is light about a million times faster than sound?",
        "Write why the new chip is three times faster.",  # a comparison, not a repetition
        "Explain the three times table.",  # no verb of producing text, no repeat
        "Find the repeated word in this sentence.",
        "解这个三次方程。",
        "Describe the weather today.",
    ],
)
def test_repeat_request_ignores_counts_that_are_not_repetition(prompt):
    assert repeat_request(prompt) is None


def test_repeat_limit():
    assert repeat_limit(4) == 18  # four lines of a tongue twister said three times each fit
    assert repeat_limit(REPEAT_NO_COUNT) == 10


@pytest.mark.parametrize(
    ("output", "reps"),
    [
        ("hooray, hooray, hooray, hooray", 4),
        ("恭喜，恭喜，恭喜", 3),
        ("Hello!\nhello!\nHELLO", 3),
        ("hooray, hurrah, hooray", 1),
        ("hooray", 1),
        ("ok, " * 200, 1),  # longer than SAME_UNIT_MAX_CHARS: the loop measures judge it
    ],
)
def test_same_unit_repeats(output, reps):
    assert same_unit_repeats(output) == reps


# round on heldout13: a shape of repeated words counts per line; no verb needed
@pytest.mark.parametrize(
    ("prompt", "count"),
    [
        ("Build a triangle of the word 'moo': row k has the word k times, up to 6 times.", 21),
        ("用“咚”排一个三角形：第n行写n遍，一直写到4遍。", 10),
    ],
)
def test_repeat_request_shape_counts_the_whole_shape(prompt, count):
    assert repeat_request(prompt) == count


def test_repeat_request_shape_needs_a_count():
    assert repeat_request("Describe the pyramids of Giza.") is None
    assert repeat_request("Draw a triangle with three equal sides.") is None


@pytest.mark.parametrize(
    ("output", "reps"),
    [
        ("咚\n咚咚\n咚咚咚", 6),
        ("嘿哟\n嘿哟嘿哟", 3),
        ("哈哈\n哈哈哈", 5),
        ("咚\n咚咚\n嘿", 1),
        ("ab\nabc", 1),
    ],
)
def test_same_unit_repeats_counts_runs_of_one_unit(output, reps):
    assert same_unit_repeats(output) == reps
