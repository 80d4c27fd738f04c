"""Run a command and print its wall time and peak memory: `python -S peak.py CMD...`.

A process started by fork() inherits its parent's peak-memory mark on Linux, so the
benchmark starts each measured command from this small launcher rather than from itself.
"""

import os
import sys
import time

start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
print(f"{elapsed:.4f} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
