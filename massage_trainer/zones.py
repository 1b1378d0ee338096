"""The zone-set API where outside checks and older code import it.

The model, loading and hit testing live in ``massage_trainer.core.zones``;
this module re-exports them so that ``from massage_trainer.zones import
load_zone_set`` keeps working.
"""

from massage_trainer.core.zones import *  # noqa: F403
from massage_trainer.core.zones import __all__  # noqa: F401
