"""SkillGap core: services shared by the Streamlit dashboard and the offline CLI.

Nothing here runs at import time: no connections, no model loads, no env reads.
Factories take a `Settings` built once at the edge (app.py or a CLI command).
"""

__version__ = "0.1.0"
