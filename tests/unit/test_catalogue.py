"""The core's own sentences in Spanish (recoverydesk.i18n and recoverydesk/catalogue/): every
English text the core marks has its Spanish, with the same placeholders; the chart sentences,
the printed documents and storage's messages speak the language chosen; pseudo reaches them."""

from __future__ import annotations

import ast
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recoverydesk import i18n
from recoverydesk.catalogue import es
from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.exchange import jrnl, json_format
from recoverydesk.exchange.common import ExchangeError
from recoverydesk.reports import charts, documents, pdf, sentences
from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions
from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
from recoverydesk.storage.errors import (
    DamagedVaultError,
    DiskFullError,
    MissingFileError,
    NoVaultError,
)
from recoverydesk.storage.keyheader import KeyHeader
from tests.unit.test_exchange import HOSTILE
from tests.unit.test_reports_pdf import pages
from tests.unit.test_safety_plan_pdf import pdf_text

SRC = Path(i18n.__file__).parent
TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 11, 16)


def marked_texts() -> tuple[set[str], set[tuple[str, str]]]:
    """Every English text the core hands to the catalogue: the literal of each ``gettext``
    (``_``), ``N_`` and ``ngettext`` call outside the window's code, and ui/core_text.py's
    marks."""
    files = [p for p in SRC.rglob("*.py") if p.relative_to(SRC).parts[0] != "ui"]
    texts, plurals = set(), set()
    for path in [*files, SRC / "ui" / "core_text.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            literal = [a.value for a in node.args
                       if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ("_", "gettext", "N_") and len(node.args) == 1 and literal:
                texts.add(literal[0])  # a lookup of data (a target's name) is marked elsewhere
            elif name == "ngettext":
                assert len(literal) == 2, f"{path.name}:{node.lineno}: ngettext of non-literals"
                plurals.add((literal[0], literal[1]))
    return texts, plurals


@pytest.fixture
def spanish():
    i18n.use("es")
    yield
    i18n.use(i18n.ENGLISH)


def test_every_marked_english_text_has_its_spanish_and_nothing_else_is_there():
    texts, plurals = marked_texts()
    assert len(texts) > 200  # the scan found the core's texts at all
    assert sorted(texts - set(es.TEXTS)) == []
    assert sorted(set(es.TEXTS) - texts) == []  # a changed English text leaves no orphan
    assert sorted(plurals - set(es.PLURALS)) == []
    assert sorted(set(es.PLURALS) - plurals) == []


def test_spanish_keeps_every_placeholder_and_is_never_empty():
    for english, spanish in es.TEXTS.items():
        assert spanish.strip(), english
        assert i18n.placeholders(spanish) == i18n.placeholders(english), english
    for (one, many), forms in es.PLURALS.items():
        assert [i18n.placeholders(f) for f in forms] == [i18n.placeholders(one),
                                                        i18n.placeholders(many)], one


def test_spanish_says_tu_never_usted_nor_words_writing_md_rules_out():
    words = " ".join(es.TEXTS.values()).lower()
    for banned in ("usted", "fracas", "recaída", "racha"):
        assert banned not in words


def test_counts_dates_and_decimals_follow_the_language(spanish):
    assert i18n.long_date(date(2026, 5, 3)) == "3 de mayo de 2026"
    assert i18n.weekday_date(date(2026, 11, 27)) == "vie 27 nov"
    assert i18n.number(2.46) == "2,5"
    assert i18n.ngettext("{n} day", "{n} days", 1).format(n=1) == "1 día"
    assert i18n.ngettext("{n} day", "{n} days", 3).format(n=3) == "3 días"
    i18n.use(i18n.ENGLISH)
    assert i18n.long_date(date(2026, 5, 3)) == "3 May 2026"
    assert i18n.number(2.46) == "2.5"


def test_an_unknown_language_is_english():
    i18n.use("fr")
    assert i18n.current_language() == i18n.ENGLISH
    assert i18n.gettext("Summary") == "Summary"


def _checkins():
    return [CheckIn(datetime(2026, 11, 16 + d, 20, tzinfo=TZ), mood=2 + d % 3,
                    urges=(Urge("self-harm", 3, acted=d == 2),), emotions={"sadness": 2},
                    skills=frozenset({"Wise mind"}), sleep_hours=6 + d)
            for d in range(6)]


def test_chart_sentences_speak_spanish(spanish):
    first, last = MONDAY, MONDAY + timedelta(days=6)
    mood = sentences.mood_and_urges(charts.mood_and_urges(_checkins(), first, last, "day"))
    assert mood.startswith("6 registros en estas fechas. Tu ánimo tuvo una media de 3,0 sobre 5")
    acted = sentences.acted_on(charts.acted_on(_checkins(), first, last, "week"))
    assert acted == "Días con un impulso marcado como seguido: autolesión: 1 día."
    feelings = sentences.emotions(charts.emotions_by_week(_checkins(), first, last, ("sadness",)))
    assert "tristeza" in feelings


def test_pseudo_reaches_the_core_sentences():
    i18n.use(i18n.PSEUDO)
    try:
        text = sentences.acted_on(charts.acted_on([], MONDAY, MONDAY, "week"))
        assert text.startswith("[")
        assert text.endswith("]")
        assert i18n.pseudo(text) == text  # a text made pseudo twice (core_tr of it) stays so
        assert str(NoVaultError(Path("/x"))).startswith("[")
        with pytest.raises(DamagedVaultError) as damaged:
            KeyHeader.from_bytes(b"{}", Path("/x/key"))
        assert i18n.pseudo("it is not a RecoveryDesk key file, or it is damaged.") in str(
            damaged.value)
    finally:
        i18n.use(i18n.ENGLISH)


def test_a_spanish_diary_card_pdf_has_spanish_headings_days_and_rows(spanish):
    document = documents.diary_card_document(_checkins(), [MONDAY], ("self-harm",),
                                             ("sadness",), name="Robin")
    text = " ".join(pages(document))
    assert "Tarjeta diaria — Robin" in text
    assert "Semana del 16 de noviembre de 2026 al 22 de noviembre de 2026" in text
    assert "lun 16 nov" in text
    assert "dom 22 nov" in text
    assert "Impulso: autolesión (0–5) 3 3 3 seguido" in text
    assert "Tristeza (0–5)" in text
    assert "Medicación tomada" in text
    assert "Week of" not in text
    assert "Distress" not in text


def test_a_spanish_report_has_spanish_section_headings_and_sentences(spanish):
    content = documents.ReportContent(
        MONDAY, MONDAY + timedelta(days=6), frozenset(documents.SECTIONS), _checkins(),
        urge_targets=("self-harm",), emotions=("sadness",),
        plan=SafetyPlan({"reasons": (PlanItem("Pip"),)}))
    text = " ".join(pages(documents.report_document(content)))
    for heading in ("Notas para mi sesión", "Resumen", "Gráficos", "Tarjetas diarias",
                    "Metas y repasos", "Plan de seguridad", "Ánimo e impulsos",
                    "Lo que más me importa", "6 registros en estas fechas",
                    "Del 16 de noviembre de 2026 al 22 de noviembre de 2026"):
        assert heading in text, heading
    for english in ("Summary", "Charts", "Notes for my session", "check-ins"):
        assert english not in text


def test_a_spanish_safety_plan_pdf_has_spanish_headings(spanish, tmp_path):
    options = PlanDocumentOptions(name="Robin", on=date(2026, 11, 22), emergency_number="112")
    path = pdf.write_safety_plan(SafetyPlan({"warning_signs": (PlanItem("No dormir"),)}),
                                 [Contact("Alex", "people", phone="600 000 000")], options,
                                 tmp_path / "plan.pdf")
    text = pdf_text(path)
    for spanish_text in ("Mi plan de seguridad — Robin", "22 de noviembre de 2026",
                         "Si estás en peligro inmediato, llama al 112.", "1. Señales de alerta",
                         "llama al 600 000 000", "(aún no hay nada aquí)"):
        assert spanish_text in text, spanish_text
    assert "Warning signs" not in text
    assert "nothing here yet" not in text


def test_storage_messages_are_made_in_the_language_chosen(spanish, tmp_path):
    assert str(DiskFullError(tmp_path / "vault.db")).startswith(
        f"El disco está lleno, así que RecoveryDesk no ha podido guardar en {tmp_path}")
    assert str(MissingFileError(tmp_path / "nope.json")).endswith(
        "Revisa su nombre y su carpeta. No se ha cambiado nada.")


def _refusal(module, text: str, tmp_path) -> str:
    path = tmp_path / "import.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(ExchangeError) as refused:
        module.plan_import(path)
    return str(refused.value)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_refused_import_is_told_in_spanish(case, spanish, tmp_path):
    message = _refusal(*HOSTILE[case], tmp_path)
    assert message.endswith("No se ha importado nada."), message
    assert "Nothing was imported" not in message


def test_a_refused_import_names_the_value_in_spanish(spanish, tmp_path):
    entry = {"title": 5, "body": "", "date": "2026-01-01", "time": "10:00"}
    assert _refusal(jrnl, json.dumps({"entries": [entry]}), tmp_path) == (
        "Se esperaba texto en el título de la entrada 1. No se ha importado nada.")
    entry = {**entry, "title": "t", "body": "y" * 1_000_001}
    assert _refusal(jrnl, json.dumps({"entries": [entry]}), tmp_path) == (
        "Hay más de 1.000.000 caracteres en el texto de la entrada 1. No se ha importado nada.")
    newer = json.dumps({"format": "recoverydesk-export", "format_version": 99})
    assert _refusal(json_format, newer, tmp_path) == (
        "import.txt usa el formato de exportación 99; esta versión de RecoveryDesk lee el "
        f"formato {json_format.FORMAT_VERSION}. No se ha importado nada.")


def test_a_key_files_reason_is_spanish_inside_the_spanish_sentence(spanish, tmp_path):
    key = tmp_path / "vault.key"
    with pytest.raises(DamagedVaultError) as damaged:
        KeyHeader.from_bytes(b"{}", key)
    assert str(damaged.value).startswith(
        f"RecoveryDesk no puede leer {key}: no es un archivo de clave de RecoveryDesk, o está "
        "dañado. El archivo no se ha cambiado.")
    header = {"magic": "RecoveryDesk key header", "format": 7, "vault_id": "", "kdf": {},
              "passphrase_wrap": {}, "key_check": {}}
    with pytest.raises(DamagedVaultError, match="usa el formato de archivo de clave '7', que "
                                                "esta versión no conoce"):
        KeyHeader.from_bytes(json.dumps(header).encode(), key)


def test_the_import_preview_is_spanish(spanish, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"entries": [
        {"title": "Uno", "body": "", "date": "2026-01-05", "time": "07:30", "tags": [],
         "starred": False},
        {"title": "Dos", "body": "", "date": "2026-01-07", "time": "22:00", "tags": [],
         "starred": False},
    ]}), "utf-8")
    plan = jrnl.plan_import(path, set())
    shown = plan.describe()
    assert shown.startswith("De una exportación JSON de jrnl:")
    assert "  2 entradas del diario" in shown
    assert "con fechas del 5 ene 2026 al 7 ene 2026" in shown
    assert "título y texto → una entrada del diario" in shown
    assert "From a" not in shown
    assert plan.count_text() == "2 entradas del diario"
    plan.counts = {"checkins": 1, "goal reviews": 1_500}
    assert plan.count_text() == "1 registro, 1.500 repasos de metas"
