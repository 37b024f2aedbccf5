"""The REST client against the recorded fake: paging, personal access tokens, error lines."""

from __future__ import annotations

import pytest

from pipeline.review.client import LabelStudio, LabelStudioAuthError, LabelStudioError
from pipeline.review.connection import Connection
from tests.support.fake_labelstudio import ADMIN_TOKEN, PAT, FakeLabelStudio


@pytest.fixture
def fake():
    with FakeLabelStudio() as server:
        yield server


def test_find_project_matches_the_exact_title_across_pages(fake):
    ls = LabelStudio(Connection(fake.url, ADMIN_TOKEN))
    for i in range(120):  # the title filter is a substring match: every one of these matches "ds: expert review"
        ls.create_project({"title": f"ds: expert review {i}", "label_config": "<View/>"})
    wanted = ls.create_project({"title": "ds: expert review", "label_config": "<View/>"})
    assert ls.find_project("ds: expert review") == wanted
    assert ls.find_project("DS: expert review") is None


def test_tasks_are_paged_without_asking_past_the_end(fake):
    ls = LabelStudio(Connection(fake.url, ADMIN_TOKEN))
    pid = ls.create_project({"title": "p", "label_config": "<View/>"})["id"]
    ls.import_tasks(pid, [{"data": {"record_id": str(i)}} for i in range(230)])
    assert [t["data"]["record_id"] for t in ls.tasks(pid)] == [str(i) for i in range(230)]
    assert ("GET", "/api/tasks") in fake.requests and fake.requests.count(("GET", "/api/tasks")) == 3


def test_a_personal_access_token_is_exchanged_for_an_access_token(fake):
    ls = LabelStudio(Connection(fake.url, PAT))
    assert ls.whoami()["id"] == 1
    assert fake.requests[:2] == [("POST", "/api/token/refresh/"), ("GET", "/api/current-user/whoami")]


def test_errors_name_the_call_and_status_never_the_body(fake):
    ls = LabelStudio(Connection(fake.url, ADMIN_TOKEN))
    with pytest.raises(LabelStudioError) as err:
        ls.request("GET", "/api/nothing-here")
    assert str(err.value) == f"Label Studio at {fake.url}: GET /api/nothing-here failed with HTTP 404"
    assert (err.value.status, err.value.retryable, err.value.exit_code) == (404, False, 1)
    with pytest.raises(LabelStudioAuthError) as auth:
        LabelStudio(Connection(fake.url, "eyJx.eyJy.zzz")).whoami()
    assert auth.value.exit_code == 2 and "POST /api/token/refresh/: HTTP 401" in str(auth.value)
