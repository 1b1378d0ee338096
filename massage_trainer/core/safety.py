"""The three safety levels, least cautious first.

Kept apart from ``zones`` (which needs shapely) so the window can paint its
first frame before the geometry libraries are imported.
"""

SAFETY_LEVELS = ("target", "caution", "avoid")
SAFETY_RANK = {level: rank for rank, level in enumerate(SAFETY_LEVELS)}
SAFETY_WORDS = {"target": "Target", "caution": "Caution", "avoid": "Avoid"}
# what each level means for the hands, as the legends say it
SAFETY_DESCRIPTION = {
    "target": "work here",
    "caution": "light, broad pressure only",
    "avoid": "no direct pressure",
}
