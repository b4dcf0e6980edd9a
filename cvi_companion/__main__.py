"""`python -m cvi_companion` runs the same entry point as `cvi-companion`."""

import sys

from cvi_companion.app import main

if __name__ == "__main__":
    sys.exit(main())
