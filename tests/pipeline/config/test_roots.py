import os

import pytest

from pipeline.config.roots import parse_corpus_roots
from pipeline.errors import ConfigError


def test_defaults_are_the_data_folder_and_examples(tmp_path):
    project, data = tmp_path / "project", tmp_path / "data"
    for value in (None, "", "  "):
        assert parse_corpus_roots(value, project_root=project, data_root=data) == (data, project / "examples")


def test_json_list_path_list_and_relative_roots(tmp_path):
    project, data = tmp_path / "p", tmp_path / "d"
    (tmp_path / "real").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    expected = (tmp_path / "real", project / "corpora")
    assert parse_corpus_roots(f'["{tmp_path / "alias"}", "corpora"]', project_root=project, data_root=data) == expected
    assert (
        parse_corpus_roots(f"{tmp_path / 'alias'}{os.pathsep}corpora", project_root=project, data_root=data) == expected
    )
    assert (
        parse_corpus_roots([str(tmp_path / "real"), "corpora", "corpora"], project_root=project, data_root=data)
        == expected
    )


@pytest.mark.parametrize("value", ["[1]", "[]", '[""]', "[not json"])
def test_bad_values_are_config_errors_naming_the_setting(tmp_path, value):
    with pytest.raises(ConfigError, match=r"^instructflow_corpus_roots: "):
        parse_corpus_roots(value, project_root=tmp_path, data_root=tmp_path)
