"""``python -m samverkan_desktop`` starts the GUI."""

import sys

from .app import main

sys.exit(main())
