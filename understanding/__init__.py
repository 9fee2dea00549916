"""Understanding: turn a worker's or an employer's words into structured fields."""

from understanding.gazetteer import Gazetteer, get_gazetteer
from understanding.offline import OfflineUnderstanding
from understanding.protected import redact_protected
from understanding.skills import SkillVocabulary, get_skill_vocabulary

__all__ = [
    "Gazetteer",
    "OfflineUnderstanding",
    "SkillVocabulary",
    "get_gazetteer",
    "get_skill_vocabulary",
    "redact_protected",
]
