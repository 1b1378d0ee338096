import pytest

from massage_trainer.core.zones import load_zone_set


@pytest.fixture(scope="session")
def zs():
    """The built-in back view."""
    return load_zone_set()
