"""Tests for pipeline/stages/clean/signals/boilerplate.py: answers that do not take up the task."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.boilerplate import non_answer


@pytest.mark.parametrize(
    ("output", "prompt", "found"),
    [
        ("[This reply was removed by the moderators.]", "Explain photosynthesis.", "status"),
        ("Error 503: the service is unavailable, try again later.", "Name three rivers.", "status"),
        ("该回答因违规已被折叠。", "介绍一种乐器。", "status"),
        ("出错了：请求过于频繁，请稍后再试。", "写一首诗。", "status"),
        ("Could you clarify what you mean?", "Write a haiku about autumn.", "clarify"),
        ("为了更好地回答您，请补充一些背景信息。", "描述学习乐器的好处。", "clarify"),
    ],
)
def test_non_answers(output, prompt, found):
    assert non_answer(output, prompt) == found


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        # takes up the task: shares a content word with the prompt
        ("Photosynthesis was removed from the syllabus in 1990.", "Explain photosynthesis."),
        ("可以删除不需要的角色和脚本来减小项目。", "如何减小项目的大小？"),
        # the prompt asks for a question, a reply, a message or about errors
        ("Could you provide more details about your order?", "Write a chatbot reply asking for details."),
        ("Could you please give me an update on the progress?", "Write a sentence that is a question."),
        ("429 means the rate limit was hit; try again later.", "What does HTTP status 429 mean?"),
        ("我们将尝试联系承运商以获取更多信息。", "针对客户投诉，提供解决方案。"),
        # not short
        ("Please clarify. " * 20, "Write a poem."),
        # a status word without a word for the answer or the service
        ("Timed out.", "What happens to a chess player who runs out of time?"),
    ],
)
def test_answers_that_engage_are_not_judged(output, prompt):
    assert non_answer(output, prompt) is None


def test_non_answer_verdict_note_and_medium_notices():
    from pipeline.stages.clean.signals.boilerplate import non_answer

    assert non_answer("[[8]]", "Name a planet.") == "verdict"
    assert non_answer("[[8]]", "Rate the review from 1 to 10.") is None
    assert non_answer("[photo]", "Name a planet.") == "note"
    assert non_answer("[deleted]", "Name a planet.") == "status"
    assert non_answer("This page intentionally left blank.", "Name a planet.") == "status"
    assert non_answer("Scanned with PocketScan", "Name a planet.") == "status"
    assert non_answer("[deleted]", "Write the UI placeholder for a removed post.") is None
    assert non_answer("(B) Jupiter", "Which is a planet? (A) Sun (B) Jupiter") is None


def test_promotion_kinds_of_cue():
    from pipeline.stages.clean.signals.boilerplate import promotion

    tail = "Paris.\n\nDownload our app today and get 3 months free!"
    assert promotion(tail, "What is the capital of France?") == "promo"
    assert promotion("Paris.\n\nDownload the guide at tripnotes.io", "What is the capital of France?") == "promo_weak"
    assert promotion("Paris.\n\nWhy don't you join me for a walk there?", "What is the capital of France?") is None
    assert promotion(tail, "Write an advert for a travel app.") is None
    assert promotion("Buy in bulk and use coupons to save 10%.", "How do I save on groceries?") is None
    assert promotion("Xk9$@abc #free3 buy!", "Generate a random password.") is None


def test_promotion_contact_details_asked_for_are_the_answer():
    from pipeline.stages.clean.signals.boilerplate import promotion

    reach = "Call Dana Whitfield at +1 206-555-0187 or write to dana.w@example.org for help."
    assert promotion(reach, "Tell the guest how to contact the hotel.") is None
    assert promotion(reach, "顾客想联系酒店前台，请用英文回复。") is None
    assert promotion(reach, "How do I get in touch with the front desk?") is None
    # the same ending under a prompt that asks for no contact is still a promotion
    assert promotion(reach, "Summarise the plot of Hamlet.") is not None
