"""The shipped crisis-line data: sourced, dated, and read as shipped."""

from __future__ import annotations

import json

import pytest

from recoverydesk import crisis, paths

# The shared copy the data is checked into, beside the project (absent in a bare checkout).
SHARED_COPY = paths.assets_dir().parent.parent / "shared" / "data" / crisis.DATA_FILE


def shipped():
    return json.loads(paths.asset(crisis.DATA_FILE).read_text("utf-8"))


def test_every_line_is_read_with_its_source_and_date():
    raw = shipped()
    directory = crisis.load_directory()
    assert directory.checked_on == raw["checked_on"]
    assert len(directory.lines) == len(raw["lines"])
    for line, item in zip(directory.lines, raw["lines"], strict=True):
        assert line.source_url == item["source_url"]
        assert line.source_url.startswith(("https://", "http://"))
        assert line.phone == item.get("phone")
        assert line.sms == item.get("sms")
        assert line.phone or line.sms


def test_emergency_numbers_lead_each_country():
    directory = crisis.load_directory()
    assert directory.emergency_number("GB") == "999"
    assert directory.emergency_number("US") == "911"
    assert directory.emergency_number("AU") == "000"
    assert directory.emergency_number("NL") == "112"
    assert directory.emergency_number("IN") == "112"
    assert directory.emergency_number("ZA") == "112"
    for country in directory.countries():
        lines = directory.lines_for(country)
        kinds = [line.is_emergency for line in lines]
        assert kinds == sorted(kinds, reverse=True)


def test_the_superseded_us_number_is_not_shipped():
    text = paths.asset(crisis.DATA_FILE).read_text("utf-8")
    data = json.loads(text)
    numbers = {line.get("phone") for line in data["lines"]} | {line.get("sms")
                                                                for line in data["lines"]}
    assert "18002738255" not in numbers
    assert "1-800-273-8255" not in numbers
    assert "988" in numbers


def test_links_dial_only_digits_and_carry_the_text_keyword():
    line = crisis.CrisisLine("US", "Text line", "crisis", "24/7", "", "https://x", "", sms="741741",
                             sms_keyword="HOME")
    assert line.sms_url() == "sms:741741?body=HOME"
    spaced = crisis.CrisisLine("US", "n", "crisis", "", "", "https://x", "", sms="1",
                               sms_keyword="HI ÉTÉ")
    assert spaced.sms_url() == "sms:1?body=HI%20%C3%89T%C3%89"
    assert crisis.CrisisLine("GB", "n", "crisis", "", "", "https://x", "",
                             phone="116 123").tel_url() == "tel:116123"


def test_every_country_has_an_emergency_number():
    directory = crisis.load_directory()
    assert len(directory.countries()) == len(crisis.COUNTRY_NAMES)
    for country in directory.countries():
        assert directory.emergency_number(country), country


def test_uk_lines_are_sourced_to_the_nhs_page():
    gb = {line.name: line for line in crisis.load_directory().lines_for("GB")}
    nhs_page = "https://www.lpft.nhs.uk/contact-us/need-help-now"
    assert gb["NHS 111 – choose the mental health option"].source_url == nhs_page
    assert gb["Emergency services"].source_url == nhs_page  # it was a text line's FAQ


@pytest.mark.skipif(not SHARED_COPY.exists(), reason="no shared data beside the project")
def test_the_shipped_file_is_the_shared_copy_byte_for_byte():
    assert paths.asset(crisis.DATA_FILE).read_bytes() == SHARED_COPY.read_bytes()
