"""check_resume: texts that are not a resume get a verdict with reasons; short, non-tech and non-English resumes pass."""

from __future__ import annotations

import re

import pytest

from core.documents.resume import parse_resume
from core.documents.resume_check import MIN_WORDS, check_resume, count_words
from tests.documents.resume_samples import NOT_RESUMES, RESUMES

# A stand-in extractor: these names, matched as words. "Soap" shows that one stray hit (a shopping list) is not enough.
VOCAB = ("Python", "SQL", "PostgreSQL", "Docker", "Communication", "Soap", "Kubernetes", "Git")


def _skills(text: str) -> list[str]:
    return [name for name in VOCAB if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)]


def _verdict(text: str):
    return check_resume(text, parse_resume(text), _skills(text))


@pytest.mark.parametrize("name", list(NOT_RESUMES))
def test_not_a_resume_is_refused_with_reasons(name):
    verdict = _verdict(NOT_RESUMES[name])
    assert not verdict.usable
    assert verdict.reasons and verdict.message.startswith("This does not look like a resume: ")


@pytest.mark.parametrize("name", list(RESUMES))
def test_real_resumes_pass(name):
    verdict = _verdict(RESUMES[name])
    assert verdict.usable, verdict.message
    assert verdict.reasons == () and verdict.message == ""


@pytest.mark.parametrize("text, reasons", [
    ("hello", ("it has only 1 word (a resume has at least 30)", "no sections such as Experience, Education or Skills",
               "no job title", "no skills we recognise")),
    ("Python", ("it has only 1 word (a resume has at least 30)", "no sections such as Experience, Education or Skills",
                "no job title", "only 1 skill (Python)")),
    (NOT_RESUMES["lorem ipsum"], ("no sections such as Experience, Education or Skills", "no job title",
                                  "no skills we recognise")),
])
def test_reasons_say_what_was_missing(text, reasons):
    verdict = _verdict(text)
    assert verdict.reasons == reasons
    assert verdict.message == f"This does not look like a resume: {', '.join(reasons[:-1])} and {reasons[-1]}."


FILLER = ("Statistics graduate who turns messy spreadsheets into clear weekly reports for a retail team of twelve "
          "stores and a small online shop").split()


@pytest.mark.parametrize("words, usable", [(MIN_WORDS - 1, False), (MIN_WORDS, True)])
def test_word_floor_holds_even_with_a_title_a_skills_line_and_skills(words, usable):
    head, tail = "Maria Lopez\nJunior Data Analyst\n\n", "\n\nSkills: Python, SQL, PostgreSQL, Docker, Communication\n"
    text = head + " ".join(FILLER[:words - 11]) + tail  # head and tail are 11 words
    verdict = _verdict(text)
    assert verdict.words == words and verdict.titles == ("Junior Data Analyst",) and verdict.headings == ("Skills",)
    assert verdict.usable is usable
    assert verdict.reasons == (() if usable else (f"it has only {words} words (a resume has at least 30)",))


NEUTRAL = "I have worked for many years and I am looking for a new job in a friendly place near my home town " * 2


@pytest.mark.parametrize("skills, usable", [
    ((), False),
    (("Python",), False),  # one stray skill in prose
    (("Python", "SQL"), False),
    (("Python", "SQL", "Docker"), True),  # without headings or a title, three skills are enough
    (("Python", "SQL", "Docker", "Git", "Kubernetes"), True),
])
def test_without_headings_or_title_three_skills_are_enough(skills, usable):
    text = NEUTRAL + "\n" + " ".join(skills) + "\n"
    verdict = _verdict(text)
    assert not verdict.headings and not verdict.titles and verdict.words >= MIN_WORDS
    assert verdict.usable is usable, verdict.message


@pytest.mark.parametrize("text, words", [
    ("", 0), ("  \n ", 0), ("hello", 1), ("Python, SQL | Docker - 2020", 4),
    ("数据工程师，六年经验，熟悉分布式系统和数据仓库建设", 12),  # 23 Han characters: about 12 words
    ("Python 工程师", 3),
])
def test_count_words(text, words):
    assert count_words(text) == words


def test_a_chinese_resume_with_skills_passes():
    text = ("王伟\nwang.wei@example.com\n\n数据工程师，六年经验，负责公司的数据平台、批处理与实时数据管道建设，"
            "熟悉分布式计算与数据仓库建模，带领三人小组完成迁移项目。\n\nPython, SQL, PostgreSQL, Docker\n")
    verdict = _verdict(text)
    assert verdict.usable, verdict.message


HEBREW_RESUME = (
    "ישראל ישראלי\nisrael@example.com | 050-1234567 | תל אביב\n\nניסיון תעסוקתי\n"
    "מהנדס נתונים בכיר, חברת הייטק בתל אביב, 2019 עד היום. אחראי על תכנון ובניית צינורות נתונים, "
    "הובלת צוות של ארבעה מהנדסים, שיפור ביצועים של מערכות קיימות ועבודה צמודה עם מנהלי מוצר ולקוחות.\n\n"
    "השכלה\nתואר ראשון במדעי המחשב, האוניברסיטה העברית בירושלים, 2015.\n"
)
RUSSIAN_RESUME = (
    "Иван Петров\nivan@example.com\n\nОпыт работы\nСтарший инженер данных, крупная компания в Москве, "
    "с 2019 года по настоящее время. Проектирование и разработка конвейеров данных, руководство командой "
    "из четырёх инженеров, улучшение производительности существующих систем и работа с заказчиками.\n\n"
    "Образование\nБакалавр информатики, Московский государственный университет, 2015.\n"
)


@pytest.mark.parametrize(("text", "script"), [(HEBREW_RESUME, "Hebrew"), (RUSSIAN_RESUME, "Cyrillic")])
def test_a_resume_in_a_script_we_cannot_read_says_the_language_is_not_supported(text, script):
    verdict = _verdict(text)
    assert verdict.skills == () and verdict.script == script
    assert f"written in {script}" in verdict.message and "not supported yet" in verdict.message
    assert verdict.warnings == (verdict.language_note,)


def test_a_usable_non_latin_resume_without_skills_is_warned_and_one_with_skills_is_not():
    with_headings = "Experience\n" + HEBREW_RESUME + "\nSkills\n"
    verdict = check_resume(with_headings, parse_resume(with_headings), [])
    assert verdict.usable and "written in Hebrew" in verdict.warnings[0]
    assert check_resume(with_headings, parse_resume(with_headings), ["Python"]).warnings == ()


@pytest.mark.parametrize("name", list(RESUMES))
def test_english_and_latin_script_resumes_get_no_language_warning(name):
    assert _verdict(RESUMES[name]).warnings == ()
