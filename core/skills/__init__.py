"""Skill extraction: text -> list[SkillMention] with exact evidence offsets."""
