"""Taxonomy v2 build: derive data/taxonomy from our curated tables plus O*NET and ESCO (../shared/data).

One step contract (`core.taxonomy.build.base.BuildStep`); the runner (`core.taxonomy.build.runner`) runs the steps
listed in `STEPS` in order over one `BuildContext`. A new derived file is a new step module, not a new `if`.
"""
