"""Moved: training lives with the matcher.  ``python -m crawler.matching.train`` (same options)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from crawler.matching.train import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
