"""Clarifications: the questions SkillGap asks about what it cannot know, and answers -> corrections.

One `QuestionSource` per question kind (alias.py, emerging.py, levels.py, probes.py), ranked by expected effect on
the gap report (round.py), checked for fabricated skills (fabrication.py), persisted per profile (store.py) and
applied as user corrections over the cached extraction (service.py).
"""
