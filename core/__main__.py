"""`python -m core <command>`: the offline jobs."""

import sys

from core.cli import main

sys.exit(main())
