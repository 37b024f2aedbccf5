# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Finders of :mod:`pipeline.stages.clean.signals.leftovers` (round on heldout11), texts written for the tests."""

from __future__ import annotations

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
