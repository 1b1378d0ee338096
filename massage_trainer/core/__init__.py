"""The Qt-free core: zone sets, content, routines and the quiz.

Nothing in this package imports Qt, so all of it runs and is tested without a
display: geometry, hit testing, loading and validation of the data files,
the quiz engine, progress, and routine sessions.
"""
