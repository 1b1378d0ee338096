"""The Qt user interface: the main window and its parts."""
