# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Finders of :mod:`pipeline.stages.clean.signals.leftovers` (round on heldout11), texts written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import leftovers

_TEXT = "Bread rises because yeast turns sugar into carbon dioxide, which the gluten traps in small bubbles"


def test_tool_cut_reads_the_end_only():
    assert leftovers.tool_cut(_TEXT + " [output truncated]", "Why does bread rise?") == "cut"
    assert leftovers.tool_cut(_TEXT + "\n(3,112 more characters omitted)", "Why does bread rise?") == "cut"
    assert leftovers.tool_cut("[truncated] " + _TEXT + ".", "Why does bread rise?") is None  # not at the end
    assert leftovers.tool_cut(_TEXT + " (each loaf is 3 more than the last)", "Why?") is None  # no marker
    assert leftovers.tool_cut(_TEXT + " [output truncated]", "Show a truncated log line.") is None  # asked


def test_tool_cut_stream_error_stands_on_its_own_line():
    assert leftovers.tool_cut(_TEXT + "\n\nRequest timed out. Retry?", "Why does bread rise?") == "cut"
    assert leftovers.tool_cut("Request timed out. Retry?", "Why does bread rise?") == "status"
    assert leftovers.tool_cut("It failed with a network error at noon.", "What happened?") is None  # a sentence


def test_progress_or_key():
    assert leftovers.progress_or_key("Loading the answer…", "Why?") == "loading"
    assert leftovers.progress_or_key("正在生成，请稍候", "为什么？") == "loading"
    assert leftovers.progress_or_key("Loading bays are at the back.", "Where do trucks unload?") is None
    assert leftovers.progress_or_key("3f2b8c1e-9a4d-4e2f-b1c3-7d6e5f4a3b2c", "Why?") == "record_key"
    assert leftovers.progress_or_key("3f2b8c1e-9a4d-4e2f-b1c3-7d6e5f4a3b2c", "Make a UUID.") is None


def test_labels_only():
    assert leftovers.labels_only("Reason:\nExample:", "Why?") == "labels"
    assert leftovers.labels_only("### Pros\n### Cons", "Why?") == "labels_weak"
    assert leftovers.labels_only("Reason: heat\nExample: toast", "Why?") is None  # filled in
    assert leftovers.labels_only("Reason:\nExample:", "Make a form with two fields.") is None


def test_trailing_mark_run():
    assert leftovers.trailing_mark_run("Done" + "*" * 40, "Why?") == 40
    assert leftovers.trailing_mark_run("Heading\n" + "=" * 40, "Why?") == 0  # a rule on its own line
    assert leftovers.trailing_mark_run("Name: " + "." * 40, "Why?") == 0  # a blank after a label
    assert leftovers.trailing_mark_run("Done" + "*" * 10, "Why?") == 0  # short


def test_said_again():
    assert leftovers.said_again("Drink water. Stay calm now. " + "Stay calm now. " * 4) == 5
    assert leftovers.said_again("Drink water. Stay calm now. Stay calm now.") == 0  # twice is emphasis
    assert leftovers.said_again("Go. " * 6) == 0  # one word is no sentence to loop


def test_closing_loop_needs_the_same_conclusion_three_times():
    same = (
        "Bees matter. In short, bees pollinate crops. Overall, bees pollinate crops. Ultimately, bees pollinate crops."
    )
    assert leftovers.closing_loop(same) == 3
    varied = "In short, bees pollinate. Overall, they make honey. Ultimately, they keep meadows alive."
    assert leftovers.closing_loop(varied) == 0  # three conclusions saying different things
    assert leftovers.closing_loop("总之，蜜蜂很重要。综上所述，蜜蜂很重要。") == 0  # twice


# --- round on heldout13 -------------------------------------------------------------------------------------


def test_tool_cut_pager_prompt():
    assert leftovers.tool_cut(_TEXT + "\n--More--(38%)", "Why does bread rise?") == "cut"
    assert leftovers.tool_cut(_TEXT + "\n--More--(38%)", "How does the more pager show progress?") is None
    assert leftovers.tool_cut(_TEXT + " (more or less 38%)", "Why does bread rise?") is None


def test_progress_or_key_mentions_players_and_field_names():
    assert leftovers.progress_or_key("@helper", "Why is the sky blue?") == "mention"
    assert leftovers.progress_or_key("@全体成员", "天空为什么是蓝的？") == "mention"
    assert leftovers.progress_or_key("@janedoe", "Suggest a Twitter handle for Jane Doe.") is None
    assert leftovers.progress_or_key("@Sunny2024!", "Make up a strong password.") is None
    assert leftovers.progress_or_key("▶ 00:00 / 03:12  倍速", "天空为什么是蓝的？") == "player"
    assert leftovers.progress_or_key("0:00 / 4:05", "Why is the sky blue?") == "player"
    assert leftovers.progress_or_key("Your browser does not support the audio element.", "Why?") == "player"
    assert leftovers.progress_or_key("0:00 / 4:05", "Write the time display of a video player.") is None
    assert leftovers.progress_or_key("10:30 / 11:45", "When do the two trains leave?") is None  # no player
    assert leftovers.progress_or_key("model_output", "Why is the sky blue?") == "slot"
    assert leftovers.progress_or_key("回答内容", "天空为什么是蓝的？") == "slot"
    assert leftovers.progress_or_key("response", "Why is the sky blue?") == "slot_weak"
    assert leftovers.progress_or_key("Text", "Which type is the field? Choose: Number, Text, Date.") is None


def test_service_notice():
    assert leftovers.service_notice("Down for maintenance. Back at 9:00.", "Why is the sky blue?") == "service"
    assert leftovers.service_notice("本站正在进行系统维护，暂停访问。", "天空为什么是蓝的？") == "service"
    assert leftovers.service_notice("Patch phones often: old versions have holes.", "Why update?") is None
    assert leftovers.service_notice("Your app is out of date. Update the app to read on.", "Why?") == "service"
    assert leftovers.service_notice("Down for maintenance until 9:00.", "Write a maintenance notice.") is None


def test_cut_in_tag():
    assert leftovers.cut_in_tag("<p>Rain falls.</p><p>Snow too.</p><p")
    assert leftovers.cut_in_tag("<p>Rain falls.</p><p>Snow too.</")
    assert not leftovers.cut_in_tag("<p>Rain falls.</p>")
    assert leftovers.cut_in_tag("Rain falls.\nSnow too.\n<")  # its complete tags stripped by the cleaning
    assert not leftovers.cut_in_tag("Use a < b when sorting in ascending order, so 3 <")  # a comparison


def test_cut_start():
    assert leftovers.cut_start("nt of the year, sales rose by a third.", "How did sales go?")
    assert leftovers.cut_start("d then it rained.", "What happened?")
    assert leftovers.cut_start("th. It then fell.", "What happened?")
    assert not leftovers.cut_start("an apple a day.", "Give a proverb.")
    assert not leftovers.cut_start("x = 4", "Solve 2x = 8.")
    assert not leftovers.cut_start("b. The second answer.", "Pick a or b.")
    assert not leftovers.cut_start("xy plane is flat.", "What is the xy plane?")
    assert not leftovers.cut_start("je chante\ntu chantes\nil chante", "Conjugate 'chanter'.")  # no English
    assert not leftovers.cut_start("de te ne le\nge ke he", "拼音练习")


def test_count_run():
    text = "Tides follow the moon. " + " ".join(str(k) for k in range(5, 40))
    assert leftovers.count_run(text, "Explain tides.") == 35
    assert leftovers.count_run("潮汐随月亮变化。" + "、".join(str(k) for k in range(1, 30)), "解释潮汐。") == 29
    assert leftovers.count_run(text, "Count from 5 to 39.") == 0  # asked
    assert leftovers.count_run("Scores: " + " ".join(str(k * 2) for k in range(30)), "List the scores.") == 0
    assert leftovers.count_run("Tides follow the moon. 1 2 3 4 5", "Explain tides.") == 0  # short


def test_nested_restatement():
    loop = "Tides follow the moon (in other words, " * 4 + "tides follow the moon" + ")" * 4 + "."
    assert leftovers.nested_restatement(loop) == 5
    assert leftovers.nested_restatement("潮汐跟随月亮（换句话说，" * 3 + "潮汐跟随月亮" + "）" * 3 + "。") == 4
    assert leftovers.nested_restatement("sqrt(sqrt(sqrt(sqrt(x))))") == 0
    expr = "((((cursor x) - (cursor x of (Cat))) * ((cursor x) - (cursor x of (Cat)))))"
    assert leftovers.nested_restatement(expr) == 0  # an expression closes brackets between its openers
    assert leftovers.nested_restatement("f(g(h(x))) is a composition (see above (and below)).") == 0


# --- round on heldout14 ----------------------------------------------------------------------------------------

from pipeline.stages.clean.signals.leftovers import (  # noqa: E402
    elided_middle,
    preview_card,
    progress_or_key,
    service_notice,
)


@pytest.mark.parametrize(
    ("output", "prompt", "found"),
    [
        ("Seen 14:02", "Name a river.", "chat_status"),
        ("对方已读 14:02", "说一条河。", "chat_status"),
        ("Thought for 4s ›", "Name a river.", "chat_status"),
        ("Delivered", "Name a river.", "chat_status_weak"),
        ("Read", "What is the past tense of read? One word.", None),
        ("seen.", "Select the correct verb form in this sentence.", None),
        ("Seen 14:02", "Write a chat app's read receipt.", None),
    ],
)
def test_progress_or_key_chat_status(output, prompt, found):
    assert progress_or_key(output, prompt) == found


@pytest.mark.parametrize(
    ("output", "prompt", "found"),
    [
        ("Evaluation Warning: The document was created with DocKit for .NET.", "Name a river.", "service"),
        ("This message and any attachments are confidential.", "Name a river.", "service"),
        ("请填写此字段。", "说一条河。", "service"),
        ("This field is required.", "Write a form's validation messages.", None),
        ("Trial version: 3 pages converted.", "What does a trial version of a converter print?", None),
    ],
)
def test_service_notice_tools_and_forms(output, prompt, found):
    assert service_notice(output, prompt) == found


@pytest.mark.parametrize(
    ("output", "prompt", "found"),
    [
        ("Otters float on their\n[…]\nbacks.", "Tell me about otters.", True),
        ("水獭会\n⋮\n手拉手。", "介绍水獭。", True),
        ("第一段结束。\n……（此处折叠）……\n第三段。", "写三段。", True),
        ("Otters float.\n[…]\nThey hold paws.", "Tell me about otters.", False),  # after a sentence: a style
        ("Otters float on their\n[…]\nbacks.", "Quote it, omitting the middle.", False),
        ("Otters float on their\n[…]", "Tell me about otters.", False),  # nothing after it
    ],
)
def test_elided_middle(output, prompt, found):
    assert elided_middle(output, prompt) is found


@pytest.mark.parametrize(
    ("output", "found"),
    [
        ("AI Helper · 1h ago\nThe logo could be a round shape with Chin…", True),
        ("智能助手 · 刚刚\n在Scratch 2.0之前，幽灵效果不适用于盖印的图像…", True),
        ("AI Helper · 1h ago\nThe logo could be a round shape.", False),
        ("Lunch · noon\nThe logo could be a round shape with Chin…", False),
    ],
)
def test_preview_card(output, found):
    assert preview_card(output) is found
