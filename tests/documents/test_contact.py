"""Contact details at the top of a resume (core.documents.contact): a person's name, with the credentials
written after it, is read as the name and never as the location (issue 19: 'Aisha Rahman, RN, BSN' was the
location of a nurse's resume)."""

from __future__ import annotations

import pytest

from core.documents.contact import contact_details
from core.documents.sections import split_sections


def _contact(top: str):
    text = top + "\n\nEXPERIENCE\nStaff Nurse, City Hospital, 2019 – Present\n- Triage and patient assessment.\n"
    return contact_details(text, split_sections(text, "resume"))


@pytest.mark.parametrize("top, name, location", [
    ("Aisha Rahman, RN, BSN\nColumbus, OH | (614) 555-0139 | aisha@example.com", "Aisha Rahman", "Columbus, OH"),
    ("Chester Hollis, LMSW\nAlbany, NY | 518-555-0147", "Chester Hollis", "Albany, NY"),
    ("SAVANNAH PRICE, MSN, RN, CCRN\nNashville, Tennessee\n615.555.0164", "SAVANNAH PRICE", "Nashville, Tennessee"),
    ("Sydney Okafor, CMA (AAMA)\nCharlotte, NC · (704) 555-0181", "Sydney Okafor", "Charlotte, NC"),
    ("Charlotte Tan, CA (Singapore)\n+65 9123 4567 · c.tan@example.com", "Charlotte Tan", None),
    ("JAMES WHITFIELD CPA\nSenior Accountant\nMelbourne VIC 3000 · 0412 555 019", "JAMES WHITFIELD", "Melbourne VIC 3000"),
    ("SOPHIE MÜLLER\nHR Generalist\nLeeds, West Yorkshire · 07700 900 655", "SOPHIE MÜLLER", "Leeds, West Yorkshire"),
    ("Austin Kowalski — Automotive Service Technician\nMilwaukee, WI · 414-555-0126", "Austin Kowalski", "Milwaukee, WI"),
    ("Florence Adeyemi\nLondon SE15 · 07700 900412", "Florence Adeyemi", "London SE15"),
    ("DALLAS REED\nFort Worth, TX 76104 • (817) 555-0172", "DALLAS REED", "Fort Worth, TX 76104"),
])
def test_the_name_line_gives_the_name_and_never_the_location(top, name, location):
    contact = _contact(top)
    assert (contact.name, contact.location) == (name, location)


def test_a_place_with_a_region_code_is_still_a_place_on_a_later_line():
    assert _contact("Dana Lee\nSacramento, CA\ndana@example.com").location == "Sacramento, CA"
