"""Test configuration: Qt runs offscreen, settings and data go to a scratch folder."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the offscreen platform reports harmless window-manager limits as warnings
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
_scratch = tempfile.mkdtemp(prefix="massage-trainer-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_scratch, _var.lower())
