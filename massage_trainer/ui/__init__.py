"""The Qt widgets: the main window, the map widget, the tabs and dialogs.

Widgets are glue: what they show comes from ``core`` and how it is drawn from
``paint``.
"""
