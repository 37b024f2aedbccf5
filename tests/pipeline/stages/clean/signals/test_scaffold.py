"""Tests for pipeline/stages/clean/signals/scaffold.py: template source left unexpanded."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.scaffold import template_source


@pytest.mark.parametrize(
    ("output", "prompt", "kind"),
    [
        ("{Good|Nice} {day|morning} {to you|everyone}!", "Greet the reader.", "spintax"),
        ("{好|不错}{的|地}{问题|话题}！", "你好。", "spintax"),
        ("{Good|Nice} day to you, everyone, and a long sentence after it that is real text.", "Greet.", None),
        ("{Good|Nice} {day|morning} {to you|everyone}!", "Write spintax for a greeting.", None),
        ("{% block a %}\nx\n{% endblock %}", "Describe a cat.", "engine"),
        ("{% block a %}\nx\n{% endblock %}", "Write a Django template.", None),
        ("{% single tag %} and text", "Describe a cat.", None),
        ("Choose {a|b}.", "Describe a cat.", None),
    ],
)
def test_template_source(output, prompt, kind):
    assert template_source(output, prompt) == kind
