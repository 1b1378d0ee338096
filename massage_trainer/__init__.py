"""Massage Trainer: learn where to massage on the back of the body, and where not to."""

__version__ = "0.1.0"
