"""The answer sentences: Spanish is English's twin, key for key and placeholder for placeholder."""
from string import Formatter

from assistant.answering.messages import MESSAGES

# Said only where a row's name is translated: the report's own English label after it.
SPANISH_ONLY = {"printed_as"}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_sentence_has_its_twin():
    assert set(MESSAGES["en"]) == set(MESSAGES["es"])


def test_a_twin_asks_for_the_same_values():
    differ = {key: (placeholders(en), placeholders(MESSAGES["es"][key]))
              for key, en in MESSAGES["en"].items()
              if placeholders(en) != placeholders(MESSAGES["es"][key]) - SPANISH_ONLY}
    assert not differ


def test_a_translated_row_is_followed_by_the_label_the_report_prints(ask):
    answer = ask("¿Qué categoría de producto tuvo el mayor número de líneas de incautación en el año fiscal 2021?").text
    assert "**Prendas de vestir/Accesorios** (Wearing Apparel/Accessories)" in answer, answer
    assert "(China)" not in ask("¿Qué economía tuvo más líneas de incautación en 2021?").text  # said once when not translated
    assert "(Wearing Apparel" not in ask("Which product had the most seizure lines in FY 2021?").text
