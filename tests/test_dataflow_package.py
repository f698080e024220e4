"""Offline checks of what Dataflow needs: the graph, picklable DoFns, the shipped package, the
Flex Template metadata and the worker image.

Beam's ``--dry_run=True`` would build the Dataflow job without submitting it, but the
DataflowRunner imports its API client (``apache-beam[gcp]``) before it gets there, and the
gcp extra is kept out of the test install. So the graph is built here exactly as ``run()``
builds it, under DataflowRunner options (which Beam validates when the Pipeline is made),
and translated with ``to_runner_api()`` into the portable proto that Dataflow receives.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile

import apache_beam as beam
import pytest
from apache_beam.internal import pickler
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.portability.api import beam_runner_api_pb2
from apache_beam.transforms import environments

from pipelines.extract_events import build, io_for
from pipelines.options import ExtractOptions, validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGE = "europe-west1-docker.pkg.dev/my-project/dataflow/diplomatic-events:0.1.0"
DATAFLOW = [
    "--runner=DataflowRunner",
    "--project=my-project",
    "--region=europe-west1",
    "--temp_location=gs://my-bucket/tmp",
    "--staging_location=gs://my-bucket/staging",
    f"--sdk_container_image={IMAGE}",
]
# Flags that only make sense on a developer's machine, so the Flex Template does not offer them.
LOCAL_ONLY = {"input_replay"}


def dataflow_graph(args: list[str]):
    """The pipeline run() would submit, built under DataflowRunner options; returns (pipeline, proto)."""
    options = PipelineOptions(DATAFLOW + args)
    opts = options.view_as(ExtractOptions)
    formats = validate(opts)
    pipeline = beam.Pipeline(options=options)  # validates the Dataflow options, offline
    assert type(pipeline.runner).__name__ == "DataflowRunner"
    build(pipeline, opts, formats, *io_for(opts, formats))
    proto = pipeline.to_runner_api(default_environment=environments.DockerEnvironment.from_container_image(IMAGE))
    return pipeline, proto


def top_level(proto) -> list[str]:
    root = proto.components.transforms[proto.root_transform_ids[0]]
    return [proto.components.transforms[t].unique_name for t in root.subtransforms]


def test_batch_graph_under_dataflow_options(tmp_path):
    _, proto = dataflow_graph(["--input=gs://my-bucket/news/*.jsonl.gz", f"--output={tmp_path}"])
    stages = top_level(proto)
    assert stages[0] == "ReadArticles" and "WriteTables" in stages
    assert {"DedupeArticles", "ExtractEvents", "CollectRejected"} <= set(stages)
    names = {t.unique_name for t in proto.components.transforms.values()}
    for label in (
        "ExtractEvents/AnalyseArticles",
        "WriteTables/WriteEventsParquet",
        "WriteTables/WriteEventsAvro",
        "WriteTables/WriteRejectedJsonl",
    ):
        assert any(n == label or n.startswith(label + "/") for n in names), label
    images = {
        beam_runner_api_pb2.DockerPayload.FromString(env.payload).container_image
        for env in proto.components.environments.values()
    }
    assert images == {IMAGE}


def test_streaming_graph_reads_pubsub_and_is_unbounded(tmp_path):
    _, proto = dataflow_graph(
        [
            "--input_subscription=projects/my-project/subscriptions/articles",
            f"--output={tmp_path}",
            "--streaming",
        ]
    )
    stages = top_level(proto)
    assert stages[0] == "ReadPubSubArticles" and "WriteWindowedTables" in stages
    _, batch = dataflow_graph(["--input=gs://my-bucket/news/*.jsonl", f"--output={tmp_path}"])
    swap = {"ReadPubSubArticles": "ReadArticles", "WriteWindowedTables": "WriteTables"}
    assert [swap.get(s, s) for s in stages] == top_level(batch), "only the source and the sink may differ"
    urns = {t.spec.urn for t in proto.components.transforms.values()}
    assert "beam:transform:pubsub_read:v1" in urns
    unbounded = beam_runner_api_pb2.IsBounded.UNBOUNDED
    assert all(pc.is_bounded == unbounded for pc in proto.components.pcollections.values())


def test_a_pubsub_input_implies_streaming_and_bad_dataflow_options_are_refused(tmp_path):
    opts = PipelineOptions(["--input_topic=projects/p/topics/articles", f"--output={tmp_path}"]).view_as(ExtractOptions)
    validate(opts)
    assert opts.view_as(beam.options.pipeline_options.StandardOptions).streaming
    with pytest.raises(SystemExit):
        validate(PipelineOptions(["--streaming", f"--output={tmp_path}"]).view_as(ExtractOptions))
    with pytest.raises(ValueError, match="temp_location|staging_location|GCS"):
        beam.Pipeline(options=PipelineOptions(["--runner=DataflowRunner", "--project=my-project"]))


@pytest.mark.parametrize("library", ["cloudpickle", "dill"])
def test_every_dofn_pickles_as_beam_ships_it(tmp_path, library):
    if library == "dill":
        pytest.importorskip("dill")
    pipeline, _ = dataflow_graph(
        ["--input_subscription=projects/my-project/subscriptions/articles", f"--output={tmp_path}"]
    )
    batch, _ = dataflow_graph(["--input=gs://my-bucket/news/*.jsonl", f"--output={tmp_path}"])
    fns = []

    class Collect(beam.pipeline.PipelineVisitor):
        def visit_transform(self, node):
            if isinstance(node.transform, beam.ParDo):
                fns.append((node.full_label, node.transform.fn))

    pipeline.visit(Collect())
    batch.visit(Collect())
    assert any("AnalyseArticles" in label for label, _ in fns)
    previous = pickler.DEFAULT_PICKLE_LIB
    pickler.set_library(library)
    try:
        for label, fn in fns:
            restored = pickler.loads(pickler.dumps(fn))
            assert type(restored) is type(fn), label
    finally:
        pickler.set_library(previous)


def parser_flags() -> dict[str, argparse.Action]:
    parser = argparse.ArgumentParser()
    ExtractOptions._add_argparse_args(parser)
    return {a.dest: a for a in parser._actions if a.dest != "help"}


def test_flex_template_metadata_and_the_parser_agree_both_ways():
    with open(os.path.join(ROOT, "dataflow", "metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    params = {p["name"]: p for p in meta["parameters"]}
    flags = parser_flags()
    assert set(params) == set(flags) - LOCAL_ONLY
    for name, p in params.items():
        assert p["label"].strip() and p["helpText"].strip() and p["regexes"], name
        regex = re.compile(p["regexes"][0])
        default = flags[name].default
        if default is not None:
            assert regex.fullmatch(str(default)), (name, default)
        assert not regex.fullmatch("bad value; rm -rf"), name
        assert p["isOptional"] == (name != "output"), name
    assert re.fullmatch(params["input"]["regexes"][0], "gs://my-bucket/news/*.jsonl.gz")
    assert re.fullmatch(params["input_subscription"]["regexes"][0], "projects/my-project/subscriptions/articles")


def test_worker_image_uses_the_pinned_beam_and_python_and_ships_the_package():
    with open(os.path.join(ROOT, "Dockerfile"), encoding="utf-8") as f:
        dockerfile = f.read()
    with open(os.path.join(ROOT, "setup.py"), encoding="utf-8") as f:
        setup_py = f.read()
    pinned = re.search(r'"apache-beam==([0-9.]+)"', setup_py).group(1)
    base = re.search(r"^FROM apache/beam_python(\d+\.\d+)_sdk:(\S+)\s*$", dockerfile, re.M)
    assert base, "the worker image must be built FROM Beam's Python SDK image"
    assert base.group(2) == pinned == beam.__version__
    assert base.group(1) == "3.11"
    assert re.search(rf'"apache-beam\[gcp\]=={re.escape(pinned)}"', setup_py)
    copied = set(re.findall(r"^COPY (?!--)(\S+)", dockerfile, re.M))
    for package in ("extractor", "pipelines", "schemas", "transforms", "setup.py", "requirements/model.txt"):
        assert package in copied, package
    launcher = re.search(r"^ENV FLEX_TEMPLATE_PYTHON_PY_FILE=/template/(\S+)", dockerfile, re.M).group(1)
    assert os.path.isfile(os.path.join(ROOT, launcher))
    assert "--require-hashes -r requirements/model.txt" in dockerfile
    assert dockerfile.rstrip().endswith('ENTRYPOINT ["/opt/apache/beam/boot"]')


def test_sdist_ships_every_data_file_and_runs_from_an_install(tmp_path):
    """What --setup_file sends the workers: build the sdist, install it apart from the source tree
    (no deps: they come from this venv), and extract events from a sample with it."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (sdist,) = list(dist.glob("*.tar.gz"))
    with tarfile.open(sdist) as tar:
        members = {m.split("/", 1)[1] for m in tar.getnames() if "/" in m}
    data_files = [
        os.path.relpath(os.path.join(d, f), ROOT)
        for pkg in ("schemas", "extractor")
        for d, _, files in os.walk(os.path.join(ROOT, pkg))
        for f in files
        if f.endswith((".avsc", ".json"))
    ]
    assert data_files and not [f for f in data_files if f not in members]
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(site),
        ]
        + [str(sdist)],
        check=True,
        capture_output=True,
    )
    sample = sorted(p for p in os.listdir(os.path.join(ROOT, "samples")) if p.endswith(".txt"))[0]
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site))
    code = (
        "import sys, extractor, schemas, pipelines.extract_events as m\n"
        f"assert all(x.__file__.startswith({str(site)!r}) for x in (extractor, schemas, m))\n"
        "s = m.run(sys.argv[1:])\n"
        "assert s['articles_processed'] == 1 and s['records_rejected'] == 0, s\n"
        "print(s['events_total'])\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "--input",
            os.path.join(ROOT, "samples", sample),
            "--output",
            str(work / "out"),
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert os.listdir(work / "out" / "events")
