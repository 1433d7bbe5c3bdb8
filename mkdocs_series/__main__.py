"""``python -m mkdocs_series init-pages``: see ``zensical/initpages.py``."""

import sys

from .zensical.initpages import main

sys.exit(main())
