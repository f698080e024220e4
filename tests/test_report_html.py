"""pipelines/report.py: aggregates on hand-made rows; the HTML from a real pipeline output, opened in
headless Chromium and checked to render something (not a blank page)."""

from __future__ import annotations

import base64
import datetime as dt
import os
import pathlib
import re
import shutil
import subprocess

import pytest

from pipelines import report
from tests.test_bi_recipes import make_output

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def pipeline_output(tmp_path_factory) -> pathlib.Path:
    return make_output(tmp_path_factory.mktemp("report"))


def test_aggregates_on_hand_made_rows():
    merged = [
        {
            "merged_id": "m1",
            "event_type": "MEETING",
            "actors": [
                {"name": "Xi Jinping", "country": "CHN"},
                {"name": "Vladimir Putin", "country": "RUS"},
            ],
            "venue_place": "Beijing",
            "venue_country": "CHN",
            "event_day": dt.date(2023, 10, 18),
            "n_articles": 2,
        },
        {
            "merged_id": "m2",
            "event_type": "MEETING",
            "actors": [{"name": "China", "country": "CHN"}, {"name": "Russia", "country": "RUS"}],
            "venue_place": "Beijing",
            "venue_country": "CHN",
            "event_day": None,
            "first_published": dt.date(2023, 10, 25),
            "n_articles": 1,
        },
    ]
    assert report.country_pairs(merged) == {("CHN", "RUS"): 2}
    assert report.top_venues(merged) == [("Beijing (CHN)", 2)]
    assert [r["merged_id"] for r in report.latest_merged(merged)] == ["m2", "m1"]
    unit, starts, counts = report.events_over_time(merged)
    assert unit == "week" and starts == [dt.date(2023, 10, 16), dt.date(2023, 10, 23)]
    assert counts == {"MEETING": [1, 1]}
    assert report.rejected_reasons({"rejected_by_reason": {"not_english": 2, "empty": 0}}, []) == [("not_english", 2)]
    assert report.rejected_reasons({}, [{"stage": "parse"}, {"stage": "parse"}]) == [("parse", 2)]


def test_report_is_self_contained_html_with_embedded_charts(pipeline_output, tmp_path):
    assert report.main(["--input", str(pipeline_output), "--output", str(tmp_path)]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 4
    for b64 in images:
        assert base64.b64decode(b64).startswith(b"\x89PNG")
    # Nothing fetched from elsewhere: no external scripts, styles, images or fonts.
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<script" not in page
    for heading in (
        "Events per type over time",
        "country pairs",
        "Top venues",
        "Rejected",
        "Latest merged events",
    ):
        assert heading in page
    assert "<td class='evidence'>" in page  # the table has rows with evidence


def test_report_of_an_empty_folder_still_renders(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert report.main(["--input", str(empty), "--output", str(tmp_path / "r")]) == 0
    assert "No merged events." in (tmp_path / "r" / "report.html").read_text(encoding="utf-8")


def test_report_renders_in_headless_chromium(pipeline_output, tmp_path):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (Debian package 'chromium'; .ci/run installs it)")
    from PIL import Image, ImageStat

    report.main(["--input", str(pipeline_output), "--output", str(tmp_path)])
    shot = tmp_path / "shot.png"
    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1200,2400",
        f"--screenshot={shot}",
        (tmp_path / "report.html").as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    assert shot.exists(), done.stderr[-2000:]
    with Image.open(shot) as image:
        grey = image.convert("L")
        assert grey.size == (1200, 2400)
        stat = ImageStat.Stat(grey)
        assert stat.stddev[0] > 20, f"screenshot looks blank (pixel stddev {stat.stddev[0]:.1f})"
        colours = image.convert("RGB").resize((300, 600)).getcolors(maxcolors=1_000_000)
        assert len(colours) > 50  # charts, not a flat page
