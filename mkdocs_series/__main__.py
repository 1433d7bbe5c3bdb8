"""``python -m mkdocs_series init-pages``: see ``initpages.py``."""

import sys

from .initpages import main

sys.exit(main())
