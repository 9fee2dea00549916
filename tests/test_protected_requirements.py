"""Requirements about who a person is are found and dropped; honest words that look alike are kept."""

from __future__ import annotations

import pytest

from understanding.protected import drop_protected_requirements, protected_requirements

DROPPED = [
    ("Need cook in Andheri, only Hindu cook, 15000 per month", "only Hindu"),
    ("Receptionist, girls only, 12k", "girls only"),
    ("Helper below 30, 11000 pm", "below 30"),
    ("Receptionist, female candidates only, age 20-28 yrs, 12k", "age 20-28 yrs"),
    ("Maid needed, unmarried preferred, 9000", "unmarried preferred"),
    ("Driver chahiye, sirf ladke, umar 25 se 35, 18000", "sirf ladke"),
    ("कुक चाहिए, केवल हिंदू, उम्र 25 से 40 साल, 12000 महीना", "केवल हिंदू"),
    ("Brahmin cook preferred, 14000", "Brahmin"),
]
KEPT = [
    "Salary below 30,000 for freshers",
    "Ladies tailor needed for blouse stitching, 500 per day",
    "Security guard, 2-5 yrs exp, within 10 km",
    "Jain khana banana aana chahiye, 12000",
]


@pytest.mark.parametrize(("text", "requirement"), DROPPED)
def test_requirements_about_who_a_person_is_are_dropped(text: str, requirement: str) -> None:
    assert requirement in protected_requirements(text)
    assert requirement not in drop_protected_requirements(text)


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_are_kept(text: str) -> None:
    assert protected_requirements(text) == []
    assert drop_protected_requirements(text) == text
