"""Put on PYTHONPATH for subprocess tests: the child process gets the same network guard."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2].parent))
from tests.support import network_guard

network_guard.install()
