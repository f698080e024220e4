"""Freed memory goes back to the system, so a worker's footprint does not creep up with its input."""

import os
import platform
import subprocess
import sys

import pytest

from extractor import allocator

# A fresh interpreter frees an 8 MiB block, then allocates and frees a second one. Under glibc's
# defaults the first free raises the mmap threshold, the second block comes from the heap, and its
# pages stay resident; with the allocator settings both are mmapped and given back.
_PROBE = """
import sys
from extractor import allocator
if sys.argv[1] == "on":
    assert allocator.return_freed_memory()
def rss_kib():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
before = rss_kib()
for _ in range(2):
    block = bytearray(8 << 20)
    del block
print(rss_kib() - before)
"""


def _rss_growth_kib(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k not in allocator.ENVIRONMENT}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], env=env, capture_output=True, text=True, check=True, cwd=os.getcwd()
    )
    return int(out.stdout)


glibc_only = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the settings are glibc's")


@glibc_only
def test_freed_blocks_leave_the_resident_set():
    assert _rss_growth_kib("off") >= 6 * 1024  # glibc's default keeps the second block's pages
    assert _rss_growth_kib("on") < 2 * 1024


def test_the_launcher_exports_the_settings_without_overriding_the_users(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    allocator.export_to_workers()
    assert os.environ["MALLOC_ARENA_MAX"] == "4"
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == str(allocator.MMAP_THRESHOLD_BYTES)
