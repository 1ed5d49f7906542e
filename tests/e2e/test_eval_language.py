"""``summarize eval --language``: reports read in that language and scored with its words.

ROUGE-1.5.5 (and rouge-score's own tokenizer) keep only ASCII words, so a Chinese summary
would score nothing; with ``--language`` the scorer is rouge-score with the engine's
tokenizer of that language (``eval.scorers.LanguageTokenizer``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.eval.evaluate import load_config
from summarizer.eval.scorers import ROUGE_SCORE, LanguageTokenizer, RougeScore, scorer_info

LANGUAGES = Path(__file__).resolve().parents[1] / "data" / "languages"

#: Hand-written references (one sentence a line) for the test reports' invented events.
REFERENCES = {
    "zh": "5月12日夜间，青禾县遭遇特大暴雨，全县紧急转移群众数千人。\n"
          "暴雨造成多人死亡，县政府已启动二级应急响应。\n",
    "de": "Der Fluss Wette ist in Lindenau über die Ufer getreten.\n"
          "Die Feuerwehr hat mehr als tausend Menschen aus ihren Häusern gebracht.\n"
          "Zwei bis drei Menschen kamen in den Fluten ums Leben.\n",
}


def _dataset(root: Path, code: str) -> Path:
    """A one-topic dataset in the DUC layout from tests/data/languages/<code>."""
    topic = root / code / "clusters" / f"{code}01"
    (topic / "refs").mkdir(parents=True)
    shutil.copytree(LANGUAGES / code, topic / "docs")
    (topic / "refs" / "A.txt").write_text(REFERENCES[code], encoding="utf-8")
    return root / code


def _run(dataset: Path, *args: str) -> tuple[object, dict]:
    out = dataset.parent / f"{dataset.name}-scores.json"
    result = CliRunner().invoke(app, ["eval", str(dataset), "--no-peers", "-s", "lead",
                                      "--jobs", "1", "--json", str(out), "--no-progress", *args])
    assert result.exit_code == 0, result.stderr
    return result, json.loads(out.read_text(encoding="utf-8"))


def test_the_tokenizer_keeps_chinese_words_that_the_package_drops():
    from rouge_score.tokenizers import DefaultTokenizer

    text = "青禾县遭遇特大暴雨，全县转移群众3200人。"
    assert DefaultTokenizer(use_stemmer=True).tokenize(text) == ["3200"]  # why it is needed
    tokens = LanguageTokenizer("zh").tokenize(text)
    assert {"大暴雨", "群众", "3200"} <= set(tokens)
    assert "，" not in tokens and "。" not in tokens  # punctuation is not a word
    assert "".join(tokens) == "青禾县遭遇特大暴雨全县转移群众3200人"


def test_the_tokenizer_lower_cases_and_stems_german():
    tokens = LanguageTokenizer("de").tokenize("Die HÄUSER am Fluss; das Haus.")
    assert tokens.count("haus") == 2  # Häuser and Haus meet on one stem
    assert all(t == t.lower() for t in tokens)


def test_outside_english_the_default_is_rouge_score_and_rouge_155_is_refused():
    assert scorer_info(None).name == "rouge-155"
    info = scorer_info(None, "zh")
    assert info.name == ROUGE_SCORE
    assert "Chinese words" in info.describe(None) and "the default outside English" in info.describe(None)
    assert "the default" not in scorer_info("rouge-score", "zh").describe(None)
    with pytest.raises(InputError, match="drops every non-ASCII word; use --rouge rouge-score"):
        scorer_info("rouge-155", "de")


def test_rouge_score_in_chinese_matches_words_the_english_tokenizer_cannot_see():
    peer = ["青禾县遭遇特大暴雨。"]
    references = [["5月12日，青禾县遭遇特大暴雨。"]]
    chinese = RougeScore("zh").score_topic(peer, references)
    english = RougeScore().score_topic(peer, references)
    assert chinese["rouge-1"].precision == pytest.approx(1.0)  # every peer word is in the reference
    assert 0 < chinese["rouge-1"].recall < 1
    assert english["rouge-1"].f == 0.0


@pytest.fixture(scope="module")
def chinese_run(tmp_path_factory):
    return _run(_dataset(tmp_path_factory.mktemp("eval_zh"), "zh"), "--language", "zh")


def test_eval_in_chinese_scores_above_zero_with_rouge_score(chinese_run):
    result, document = chinese_run
    assert document["scorer"] == ROUGE_SCORE
    lead = next(s for s in document["systems"] if s["name"] == "lead")
    assert not lead.get("failures")
    assert lead["scores"]["rouge-1"]["f"] > 0.2
    assert lead["scores"]["rouge-2"]["f"] > 0
    footnote = " ".join(result.stdout.split())
    assert "Chinese words from the engine's tokenizer" in footnote
    assert "the default outside English" in footnote


def test_eval_in_german_scores_above_zero(tmp_path):
    _, document = _run(_dataset(tmp_path, "de"), "--language", "German", "--rouge", "rouge-score")
    lead = next(s for s in document["systems"] if s["name"] == "lead")
    assert lead["scores"]["rouge-1"]["f"] > 0.2 and lead["scores"]["rouge-2"]["f"] > 0
    assert "German words" in document["rouge"]["options"]


@pytest.mark.parametrize("args, message", [
    (["--language", "zh", "--rouge", "rouge-155"],
     "error: --rouge rouge-155 cannot score Chinese: ROUGE-1.5.5 drops every non-ASCII word; "
     "use --rouge rouge-score"),
    (["--language", "klingon"], "error: language 'klingon' is not supported"),
])
def test_bad_language_settings_are_one_line_errors(tmp_path, args, message):
    dataset = _dataset(tmp_path, "zh")
    result = CliRunner().invoke(app, ["eval", str(dataset), "-s", "lead", "--no-progress", *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)


def test_the_config_file_takes_a_language(tmp_path):
    config = tmp_path / "eval.toml"
    config.write_text('[eval]\nlanguage = "zh"\n', encoding="utf-8")
    assert load_config(config).language == "zh"
    config.write_text("[eval]\nlanguage = 3\n", encoding="utf-8")
    with pytest.raises(InputError, match="language must be a str"):
        load_config(config)


# --- --reuse is keyed on the language ------------------------------------------------------


def test_stored_summaries_are_reused_only_for_the_language_they_were_made_in(tmp_path):
    from summarizer.eval.harness import ClusterResult, OutputStore

    made = ClusterResult("de01", summaries={"lead": ["Der Fluss Wette ist über die Ufer getreten."]},
                         seconds={"lead": 0.5})
    OutputStore(tmp_path, "100w", "de").save(made)
    assert OutputStore(tmp_path, "100w", "de").cached("lead", "de01") == (made.summaries["lead"], 0.5)
    assert OutputStore(tmp_path, "100w", "fr").cached("lead", "de01") is None
    assert OutputStore(tmp_path, "100w", None).cached("lead", "de01") is None  # detected: not the same run
    assert OutputStore(tmp_path, "50w", "de").cached("lead", "de01") is None


def test_eval_reuse_after_a_run_in_another_language_summarizes_again(tmp_path, monkeypatch):
    from summarizer.eval import harness

    dataset = _dataset(tmp_path, "de")
    outputs = str(tmp_path / "outputs")
    _run(dataset, "--language", "de", "--rouge", "rouge-score", "--outputs", outputs)
    planned = []
    plan = harness._plan

    def counting(*args, **kwargs):
        tasks = plan(*args, **kwargs)
        planned.append(sum(len(t.strategies) for t in tasks))
        return tasks

    monkeypatch.setattr(harness, "_plan", counting)
    for _ in range(2):  # French after German: summarized again; French again: reused
        _run(dataset, "--language", "fr", "--rouge", "rouge-score", "--outputs", outputs, "--reuse")
    assert planned == [1, 0]
