"""Make glibc's allocator give freed memory back, so a long-running worker's footprint stays flat.

By default glibc raises its mmap threshold each time a large block is freed (up to 32 MiB), after
which the parser's per-batch arrays come from the heap and leave it fragmented, and it gives each
thread that allocates its own arena, which keeps what it freed. A Beam worker (several threads,
batches of arrays of every size) then grew with every article it handled although the objects it
holds stay the same (BENCHMARKS.md). A fixed threshold sends large arrays to mmap, which returns
them when freed; one arena lets every thread reuse what another freed.

glibc reads the same two settings from the environment when a process starts, which reaches its
first allocations too: the launcher exports them (``export_to_workers``) for the worker processes
it starts, and every process that loads a model sets them for itself (``return_freed_memory``).
"""

from __future__ import annotations

import ctypes
import os
import sys

_M_MMAP_THRESHOLD = -3  # mallopt parameters, from glibc's <malloc.h>
_M_ARENA_MAX = -8
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value, kept fixed
ENVIRONMENT = {"MALLOC_ARENA_MAX": "1", "MALLOC_MMAP_THRESHOLD_": str(MMAP_THRESHOLD_BYTES)}


def export_to_workers() -> None:
    """The settings as environment variables for the processes started from now on; a value the
    user set is kept."""
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def return_freed_memory() -> bool:
    """Set the two options for this process; False where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1 and mallopt(_M_ARENA_MAX, 1) == 1
