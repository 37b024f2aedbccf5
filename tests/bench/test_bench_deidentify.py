"""The benchmark's command line: argument parsing, and ``eval`` end to end on a tiny dev set."""

import json

import pytest

from bench.bench_deidentify import build_parser, command_line, main


def test_defaults_of_each_subcommand():
    p = build_parser()
    a = p.parse_args(["eval", "--part", "dev"])
    assert (a.command, a.part, a.records, a.seed, a.workers, a.json) == ("eval", "dev", 1000, 1, 1, None)
    a = p.parse_args(["overredact"])
    assert (a.per_lang, a.seed, a.sample, a.sample_seed, a.workers) == (3000, 13, 50, 13, 1)
    a = p.parse_args(["speed", "--json", "out.json"])
    assert (a.records, str(a.json)) == (2000, "out.json")
    a = p.parse_args(["public"])
    assert a.workers == 1
    a = p.parse_args(["synthetic", "c.jsonl", "--records", "10"])
    assert (str(a.corpus), a.records, a.workers, a.profile) == ("c.jsonl", 10, 0, None)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["eval"],  # --part is required
        ["eval", "--part", "test"],
        ["speed", "--records", "many"],
        ["nonsense"],
    ],
)
def test_bad_arguments_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(argv)
    assert exc.value.code == 2


def test_command_line_quotes_arguments():
    assert command_line(["eval", "--part", "dev", "--json", "a b.json"]) == (
        ".venv/bin/python bench/bench_deidentify.py eval --part dev --json 'a b.json'"
    )


@pytest.mark.slow
def test_eval_on_a_tiny_dev_set_prints_markdown_and_saves_json(tmp_path, capsys):
    out = tmp_path / "eval.json"
    assert main(["eval", "--part", "dev", "--records", "6", "--seed", "3", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("### Leak rate on the dev part of the labelled corpus (6 records, seed 3)")
    assert "| entity | en | zh | all |" in text
    saved = json.loads(out.read_text())
    assert saved["command"].endswith("eval --part dev --records 6 --seed 3 --json " + str(out))
    assert (saved["part"], saved["records"], saved["seed"]) == ("dev", 6, 3)
    recs = saved["score"]["records"]
    assert recs["generated"] == 6 and recs["scored"] + recs["missing"] == 6
    assert "missing_ids" not in recs  # aggregate numbers only
    assert saved["stage"]["kept"] + sum(saved["stage"]["rejected"].values()) == 6
    assert saved["score"]["leaks"]["overall"]["values"] > 0
