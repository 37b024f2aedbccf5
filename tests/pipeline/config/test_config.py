import dataclasses

import pytest
import yaml

from pipeline.config import DEFAULT_CONFIG_PATH, PipelineConfig, load_config
from pipeline.config.schema import to_dict
from pipeline.errors import ConfigError


def _load(tmp_path, text):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path), str(path)


def test_bundled_default_file_equals_the_dataclass_defaults():
    assert load_config(None).to_dict() == PipelineConfig().to_dict()
    assert load_config(DEFAULT_CONFIG_PATH).to_dict() == to_dict(PipelineConfig())


def test_default_file_documents_every_top_level_section():
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    sections = {f.name for f in dataclasses.fields(PipelineConfig) if f.init}
    assert set(data) == sections


def test_empty_file_gives_defaults(tmp_path):
    cfg, _ = _load(tmp_path, "")
    assert cfg.export.validation_ratio == 0.02


def test_unknown_key_is_named(tmp_path):
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, "export:\n  validation_ration: 0.1\n")
    assert str(info.value).endswith(
        "unknown key 'export.validation_ration' (allowed here: compression, compression_level, keep_raw_work_files, row_group_size, split_salt, validation_ratio)"
    )


def test_unknown_section_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown key 'exprot'"):
        _load(tmp_path, "exprot: {}\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("export:\n  validation_ratio: lots\n", "key 'export.validation_ratio' must be a number, got a string"),
        (
            "export:\n  validation_ratio: 1.5\n",
            "key 'export.validation_ratio' must be between 0.0 and 1.0, got a number outside that range",
        ),
        (
            "export:\n  compression: lz4\n",
            "key 'export.compression' must be one of 'zstd', 'snappy', 'gzip', 'none', got another string",
        ),
        ("ingest:\n  max_record_bytes: true\n", "key 'ingest.max_record_bytes' must be an integer, got a boolean"),
        (
            "ingest:\n  max_record_bytes: 0\n",
            "key 'ingest.max_record_bytes' must be between 1 and inf, got a number outside that range",
        ),
        ("ingest:\n  field_map: [a, b]\n", "key 'ingest.field_map' must be a mapping, got a list"),
        (
            "ingest:\n  corpora:\n    c1:\n      layout: xml\n",
            "key 'ingest.corpora.c1.layout' must be one of 'auto', 'alpaca', 'sharegpt', 'messages', got another string",
        ),
        (
            "ingest:\n  field_map:\n    q: question\n",
            "section 'ingest' is invalid: field_map.q must be one of instruction, input, output, system, history, id, annotations, lang",
        ),
        ("export: 3\n", "key 'export' must be a mapping, got a number"),
    ],
)
def test_wrong_types_name_key_allowed_values_and_what_was_given(tmp_path, text, message):
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, text)
    assert str(info.value) == f"{tmp_path / 'c.yaml'}: {message}"


def test_yaml_syntax_error_names_line(tmp_path):
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, "export:\n  validation_ratio: [0.1\n")
    assert "c.yaml: line 3, column 1:" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_top_level_must_be_a_mapping(tmp_path):
    with pytest.raises(ConfigError, match="the top level must be a mapping of sections, got a list"):
        _load(tmp_path, "- a\n- b\n")


def test_relative_paths_resolve_against_the_config_folder(tmp_path):
    cfg, _ = _load(tmp_path, "dataset_name: x\n")
    assert cfg.resolve_path("lists/words.txt") == tmp_path / "lists" / "words.txt"
    assert cfg.resolve_path("/abs/p").as_posix() == "/abs/p"


def test_fingerprint_changes_with_config(tmp_path):
    a, _ = _load(tmp_path, "export:\n  validation_ratio: 0.1\n")
    b = load_config(None)
    assert a.fingerprint() != b.fingerprint()
    assert b.fingerprint() == PipelineConfig().fingerprint()
