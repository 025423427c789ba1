"""The bundle's entry point: the same ``main`` as the ``samverkan-desktop`` script."""

import sys

from samverkan_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
