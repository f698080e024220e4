"""Benchmark: the whole pipeline against bare spaCy on the same articles.

Builds a corpus of ``--n`` articles from the bundled samples (``samples/*.txt``,
parsed with ``extractor.feed``) and the evaluation articles (``eval/*.jsonl``,
when present), each copy with its own id, written as one ``.jsonl`` file in a
temporary folder. Then it times three runs, each a whole subprocess with the
model load included:

1. ``bare_spacy``: ``nlp.pipe`` over every article's text with the same model
   and all its default components, in one process;
   ``bare_spacy_numpy`` is the same with the matrix products the pipeline uses
   (numpy's BLAS on one thread, ``extractor/nlp.py``), so the report shows how
   much of the pipeline's lead is that setting and how much its own work;
   ``bare_spacy_numpy_2proc`` runs two such processes side by side, half the
   texts each: what two processes gain on this machine when they share nothing,
   the ceiling for run 3 against run 2;
2. ``pipeline_1``: ``python -m pipelines.extract_events`` with
   ``--direct_num_workers=1`` (read, NLP, extraction, Parquet and Avro);
3. ``pipeline_2mp``: the same with ``--direct_running_mode=multi_processing
   --direct_num_workers=2``.

Peak resident memory: the kernel's high-water mark of the launching process and
of the largest worker process, and the sampled total of the tree.
Each run is repeated ``--repeat`` times; the report gives medians::

    python -m pipelines.benchmark --n 1000 --repeat 3 --json bench.json

Timings are measured and reported, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from extractor.feed import parse_json_record, parse_raw_text
from extractor.nlp import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
RUNS = ("bare_spacy", "bare_spacy_numpy", "bare_spacy_numpy_2proc", "pipeline_1", "pipeline_2mp")
_MIB = 1024 * 1024


# ---- the corpus ----------------------------------------------------------------
def seed_articles(root: Path = ROOT) -> list[dict]:
    """The distinct articles the corpus is made of: samples, then eval articles if present."""
    seeds = []
    for path in sorted(glob.glob(str(root / "samples" / "*.txt"))):
        art = parse_raw_text(Path(path).read_text(encoding="utf-8"), Path(path).stem)
        seeds.append(
            {
                "id": art["article_id"],
                "text": art["text"],
                "published": art["published_raw"],
                "source": art["source"],
            }
        )
    seen = {s["id"] for s in seeds}
    for path in sorted(glob.glob(str(root / "eval" / "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    art = parse_json_record(line)
                except Exception:  # noqa: BLE001 - a gold file being written may hold a partial line
                    continue
                if art["article_id"] in seen:
                    continue
                seen.add(art["article_id"])
                seeds.append(
                    {
                        "id": art["article_id"],
                        "text": art["text"],
                        "published": art["published_raw"],
                        "source": art["source"],
                    }
                )
    if not seeds:
        raise SystemExit("error: no seed articles (samples/*.txt or eval/*.jsonl)")
    return seeds


def write_corpus(n: int, path: Path, root: Path = ROOT) -> dict:
    """``n`` articles cycling over the seeds, each with a unique id; returns corpus facts."""
    seeds = seed_articles(root)
    chars = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            seed = seeds[i % len(seeds)]
            record = {k: v for k, v in seed.items() if v is not None}
            record["id"] = f"{seed['id']}--{i:07d}"
            chars += len(seed["text"])
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"articles": n, "distinct_articles": len(seeds), "chars": chars}


# ---- bare spaCy (run as ``python -m pipelines.benchmark --bare-spacy CORPUS``) ------
def bare_spacy(corpus: str, model: str, batch_size: int, numpy_blas: bool = False, shard: str = "0/1") -> dict:
    """``nlp.pipe`` over the corpus texts with every default component; counts tokens. With
    ``numpy_blas`` the model multiplies matrices as the pipeline's does (numpy, one BLAS thread);
    ``shard`` "k/n" takes every n-th text from the k-th (two processes side by side: "0/2", "1/2")."""
    from extractor.nlp import load_spacy

    nlp = load_spacy(model, fast_math=numpy_blas)
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            art = parse_json_record(line)
            texts.append(art["text"][art["body_start"] :])
    k, n = (int(x) for x in shard.split("/"))
    texts = texts[k::n]
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size or None):
        tokens += len(doc)
    return {"articles": len(texts), "tokens": tokens, "pipes": nlp.pipe_names}


# ---- timing and memory of a subprocess tree --------------------------------------
def peak_rss(proc: psutil.Process) -> int:
    """The process's peak resident size in bytes: the kernel's high-water mark (``VmHWM``) where Linux
    gives it, which no sampling interval can miss; else the resident size now."""
    try:
        with open(f"/proc/{proc.pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return proc.memory_info().rss


def settled_rss(samples: list[int]) -> float:
    """The resident size a process settles at: the median of the second half of its samples (model
    loading and start-up are in the first half; single batches' peaks do not move a median)."""
    late = samples[len(samples) // 2 :]
    return statistics.median(late) if late else 0


def measure(cmd: list[str], cwd: Path, interval: float = 0.05) -> dict:
    """Run ``cmd``; wall seconds and peak RSS (MiB) of the parent, largest child and the tree."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    peak_parent = peak_child = peak_total = 0
    child_peaks: dict[int, int] = {}
    # Resident size of each process at every sample: the high-water mark is one batch's transient,
    # and it creeps up the more batches a run has; the level a process settles at shows whether its
    # memory grows with the number of articles.
    samples: dict[int, list[int]] = {}
    child_cpu: dict[int, float] = {}  # last seen CPU seconds of each worker: is the work split evenly?
    while proc.poll() is None:
        try:
            rss_parent = peak_rss(parent)
            total = parent.memory_info().rss
            samples.setdefault(parent.pid, []).append(total)
            for child in parent.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                    total += rss
                    peak = peak_rss(child)
                    is_python = "python" in child.name().lower()
                except psutil.Error:
                    continue
                if is_python:  # SDK workers; not the ``/bin/sh -c`` that launches each
                    child_peaks[child.pid] = max(child_peaks.get(child.pid, 0), peak)
                    samples.setdefault(child.pid, []).append(rss)
                    try:
                        cpu = child.cpu_times()
                        child_cpu[child.pid] = cpu.user + cpu.system
                    except psutil.Error:
                        pass
            peak_parent = max(peak_parent, rss_parent)
            peak_total = max(peak_total, total)
        except psutil.Error:
            pass
        time.sleep(interval)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    # CPU seconds of the whole tree (each process's waited-for children roll up into it): unlike wall
    # time, barely moved by other jobs on the machine.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr.decode()[-4000:]}")
    peak_child = max(child_peaks.values(), default=0)
    steady_child = max((settled_rss(samples[pid]) for pid in child_peaks), default=0)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_parent_mib": peak_parent / _MIB,
        "peak_worker_mib": peak_child / _MIB,
        "steady_parent_mib": settled_rss(samples.get(proc.pid, [])) / _MIB,
        "steady_worker_mib": steady_child / _MIB,
        "worker_processes": len(child_peaks),
        "worker_cpu_seconds": sorted(round(v, 1) for v in child_cpu.values()),
        "peak_total_mib": peak_total / _MIB,
        "stdout": stdout.decode(),
    }


def commands(corpus: Path, work: Path, model: str, batch_size: int, extra: list[str]) -> dict[str, list[str]]:
    py = sys.executable
    pipeline = [py, "-m", "pipelines.extract_events", "--input", str(corpus), "--spacy_model", model, *extra]
    bare = [py, "-m", "pipelines.benchmark", "--bare-spacy", str(corpus), "--model", model]
    bare += ["--spacy_batch_size", str(batch_size)]
    half = " ".join(shlex.quote(a) for a in [*bare, "--numpy_blas"])
    return {
        "bare_spacy": bare,
        "bare_spacy_numpy": [*bare, "--numpy_blas"],
        # The machine's own two-core scaling for this work: two independent processes, half each.
        "bare_spacy_numpy_2proc": ["sh", "-c", f"{half} --shard 0/2 & {half} --shard 1/2 & wait"],
        "pipeline_1": [*pipeline, "--output", str(work / "out_1"), "--direct_num_workers=1"],
        "pipeline_2mp": [
            *pipeline,
            "--output",
            str(work / "out_2mp"),
            "--direct_running_mode=multi_processing",
            "--direct_num_workers=2",
        ],
    }


def _summary(output: Path) -> dict:
    return json.loads((output / "_summary.json").read_text())


def machine() -> dict:
    """What the numbers were measured on."""
    import platform

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 1024**3, 1),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
    }


def benchmark(
    n: int,
    repeat: int = 3,
    model: str = DEFAULT_MODEL,
    batch_size: int = 0,
    work_dir: str | None = None,
    extra: list[str] | None = None,
    log=print,
) -> dict:
    """Build the corpus, time the four runs ``repeat`` times each; the report as a dict."""
    with tempfile.TemporaryDirectory(prefix="bench-", dir=work_dir) as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        facts = write_corpus(n, corpus)
        cmds = commands(corpus, work, model, batch_size, extra or [])
        trials: dict[str, list[dict]] = {name: [] for name in RUNS}
        tokens = None
        for r in range(repeat):
            for name in RUNS:
                m = measure(cmds[name], ROOT)
                if name.startswith("bare_spacy"):
                    outs = [json.loads(line) for line in m["stdout"].strip().splitlines()]
                    if sum(o["articles"] for o in outs) != n:
                        raise RuntimeError(f"{name}: analysed {[o['articles'] for o in outs]} of {n} articles")
                    tokens = sum(o["tokens"] for o in outs)
                    m["pipes"] = outs[0]["pipes"]
                else:
                    s = _summary(work / ("out_1" if name == "pipeline_1" else "out_2mp"))
                    if s["articles_processed"] != n:
                        raise RuntimeError(f"{name}: processed {s['articles_processed']} of {n} articles: {s}")
                    m["events"] = s["events_total"]
                del m["stdout"]
                trials[name].append(m)
                log(f"[{r + 1}/{repeat}] {name}: {m['seconds']:.1f} s, peak {m['peak_total_mib']:.0f} MiB")
    report = {
        "n": n,
        "repeat": repeat,
        "model": model,
        "machine": machine(),
        "corpus": {**facts, "tokens": tokens},
        "runs": {},
    }
    for name in RUNS:
        ts = trials[name]
        secs = statistics.median(t["seconds"] for t in ts)
        run = {
            "seconds": secs,
            "cpu_seconds": statistics.median(t["cpu_seconds"] for t in ts),
            "articles_per_s": n / secs,
            "tokens_per_s": tokens / secs,
            "peak_parent_mib": statistics.median(t["peak_parent_mib"] for t in ts),
            "peak_worker_mib": statistics.median(t["peak_worker_mib"] for t in ts),
            "steady_parent_mib": statistics.median(t["steady_parent_mib"] for t in ts),
            "steady_worker_mib": statistics.median(t["steady_worker_mib"] for t in ts),
            "worker_processes": max(t["worker_processes"] for t in ts),
            "peak_total_mib": statistics.median(t["peak_total_mib"] for t in ts),
            "trials_seconds": [round(t["seconds"], 2) for t in ts],
            "trials_worker_cpu_seconds": [t["worker_cpu_seconds"] for t in ts],
        }
        if "events" in ts[0]:
            run["events"] = ts[0]["events"]
        if "pipes" in ts[0]:
            run["pipes"] = ts[0]["pipes"]
        report["runs"][name] = run
    runs = report["runs"]
    report["ratios"] = {
        # The same comparison in CPU seconds, for a machine other jobs share.
        "pipeline_1_vs_bare_spacy_cpu": runs["bare_spacy"]["cpu_seconds"] / runs["pipeline_1"]["cpu_seconds"],
        "pipeline_1_vs_bare_spacy_numpy_cpu": runs["bare_spacy_numpy"]["cpu_seconds"]
        / runs["pipeline_1"]["cpu_seconds"],
        "pipeline_1_vs_bare_spacy": runs["pipeline_1"]["articles_per_s"] / runs["bare_spacy"]["articles_per_s"],
        "pipeline_1_vs_bare_spacy_numpy": runs["pipeline_1"]["articles_per_s"]
        / runs["bare_spacy_numpy"]["articles_per_s"],
        "pipeline_2mp_vs_pipeline_1": runs["pipeline_2mp"]["articles_per_s"] / runs["pipeline_1"]["articles_per_s"],
        # what two processes gain on this machine when nothing is shared: the ceiling for the line above
        "bare_spacy_numpy_2proc_vs_bare_spacy_numpy": runs["bare_spacy_numpy_2proc"]["articles_per_s"]
        / runs["bare_spacy_numpy"]["articles_per_s"],
    }
    return report


def format_report(report: dict) -> str:
    c = report["corpus"]
    mach = report["machine"]
    lines = [
        f"{mach['date']}, commit {mach['commit']}, {mach['cpus']} CPUs ({mach['cpu_model']}), "
        f"{mach['memory_gib']} GiB RAM, Python {mach['python']}",
        f"{report['n']} articles (cycling over {c['distinct_articles']} distinct), {c['tokens']:,} tokens, "
        f"{c['chars']:,} chars, model {report['model']}, median of {report['repeat']}",
        "",
        "| run | seconds | CPU seconds | articles/s | tokens/s | MiB launcher | MiB per worker | "
        "MiB settled (launcher / worker) | MiB total |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in report["runs"].items():
        worker = f"{r['peak_worker_mib']:.0f} ×{r['worker_processes']}" if r["worker_processes"] else "—"
        settled = f"{r['steady_parent_mib']:.0f} / " + (
            f"{r['steady_worker_mib']:.0f}" if r["worker_processes"] else "—"
        )
        lines.append(
            f"| {name} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | {r['articles_per_s']:.1f} | "
            f"{r['tokens_per_s']:,.0f} | "
            f"{r['peak_parent_mib']:.0f} | {worker} | {settled} | {r['peak_total_mib']:.0f} |"
        )
    ratios = report["ratios"]
    lines += [
        "",
        f"pipeline_1 / bare_spacy throughput: {ratios['pipeline_1_vs_bare_spacy']:.2f}x",
        f"pipeline_1 / bare_spacy_numpy throughput: {ratios['pipeline_1_vs_bare_spacy_numpy']:.2f}x",
        f"by CPU seconds: pipeline_1 / bare_spacy {ratios['pipeline_1_vs_bare_spacy_cpu']:.2f}x, "
        f"pipeline_1 / bare_spacy_numpy {ratios['pipeline_1_vs_bare_spacy_numpy_cpu']:.2f}x",
        f"pipeline_2mp / pipeline_1 throughput: {ratios['pipeline_2mp_vs_pipeline_1']:.2f}x "
        f"(two bare spaCy processes / one on this machine: "
        f"{ratios['bare_spacy_numpy_2proc_vs_bare_spacy_numpy']:.2f}x)",
    ]
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="Articles in the corpus.")
    parser.add_argument("--repeat", type=int, default=3, help="Times each run is repeated (medians reported).")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model, the same for every run.")
    parser.add_argument(
        "--spacy_batch_size",
        type=int,
        default=0,
        help="nlp.pipe batch size of bare spaCy; 0 (default) keeps the model's own (1000).",
    )
    parser.add_argument("--work_dir", default=None, help="Where the temporary corpus and outputs go.")
    parser.add_argument("--json", default=None, help="Also write the report as JSON to this path.")
    parser.add_argument(
        "--pipeline_arg",
        action="append",
        default=[],
        help="Extra flag for both pipeline runs, e.g. --pipeline_arg=--prefilter=off.",
    )
    parser.add_argument("--bare-spacy", dest="bare_spacy", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--numpy_blas", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--shard", default="0/1", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_spacy:
        print(json.dumps(bare_spacy(args.bare_spacy, args.model, args.spacy_batch_size, args.numpy_blas, args.shard)))
        return
    if args.n < 1 or args.repeat < 1:
        raise SystemExit("error: --n and --repeat must be at least 1")
    report = benchmark(
        args.n,
        args.repeat,
        args.model,
        args.spacy_batch_size,
        args.work_dir,
        args.pipeline_arg,
        log=lambda s: print(s, file=sys.stderr, flush=True),
    )
    print(format_report(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
