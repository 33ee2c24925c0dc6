"""Hostile input the session-18 review found (review18): one line, never a traceback."""

from __future__ import annotations

import pytest

# tomllib reads a hex, octal or binary number of any length (no 4,300-digit limit there): the int
# then raised ValueError wherever a message wrote it in decimal
HUGE_HEX = "0x" + "f" * 5000
HUGE_FORMS = [HUGE_HEX, "0o" + "7" * 6000, "0b" + "1" * 15000]


@pytest.mark.parametrize("number", HUGE_FORMS)
@pytest.mark.parametrize("field", ["jitter = {}", "retries = {}", "enabled = {}", "arguments = {{ max_pages = {} }}",
                                   "arguments = {{ x = [[1, {}]] }}"])
def test_a_schedule_file_with_a_huge_hex_number_is_one_line(tmp_path, field, number):
    from crawler.ops.schedules import ConfigError, load_config

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.techzone]\ncron = "0 2 * * *"\n{field.format(number)}\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, retailers=["techzone"])
    assert caught.value.messages == [f"{path}: not valid TOML (a number of more than 4,300 digits); expected TOML "
                                     f'such as timezone = "Asia/Beirut" and [crawl.<retailer>] tables']


def test_health_rules_survive_a_huge_hex_number(tmp_path):
    from crawler.health import Rules, schedule_rules

    path = tmp_path / "schedules.toml"
    path.write_text(f'timezone = "UTC"\n[crawl.techzone]\nretries = {HUGE_HEX}\n')
    assert schedule_rules(path) == Rules()


def test_category_and_alerts_files_with_a_huge_hex_number_are_one_line(tmp_path):
    from crawler.categories import TaxonomyError, load
    from publish.alerts import AlertsError, load_watches

    path = tmp_path / "categories.toml"
    path.write_text(f"[categories.a]\nname = {HUGE_HEX}\n")
    with pytest.raises(TaxonomyError, match=r"not valid TOML \(a number of more than 4,300 digits\)$"):
        load(path)
    path = tmp_path / "alerts.toml"
    path.write_text(f"[[watch]]\nproduct = {HUGE_HEX}\n")
    with pytest.raises(AlertsError, match=r"not valid TOML \(a number of more than 4,300 digits\)$"):
        load_watches(path)


def test_large_numbers_that_python_writes_still_load():
    from crawler.paths import parse_toml

    assert parse_toml("a = 0x" + "f" * 1000)["a"] == int("f" * 1000, 16)  # (1,204 digits: written)
    assert parse_toml("a = [[{b = 1}]]") == {"a": [[{"b": 1}]]}
