"""``python -m massage_trainer``: the same as the ``massage-trainer`` command."""

import sys

from .cli import main

sys.exit(main())
