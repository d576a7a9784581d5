"""Entry point for ``python -m mslog``."""

import sys

from mslog.cli import main

sys.exit(main())
