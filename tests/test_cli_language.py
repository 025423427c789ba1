"""``samverkan`` in English and in Swedish: --help, argparse's own words, one-line errors (the merge
summary is in test_exchange_export); the language from ``--lang``, else the setting saved in the
window, else Swedish."""

from __future__ import annotations

import pytest

from samverkan_desktop import cli
from samverkan_desktop.core import i18n
from samverkan_desktop.core.store.site import data_dir

NO_UUID = "00000000-0000-4000-8000-000000000000"


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``samverkan ARGS`` in this process: exit code, stdout, stderr."""
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # --help and argparse's errors leave through sys.exit
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace(tmp_path, capsys):
    path = tmp_path / "w.samverkan"
    assert run(capsys, "init", str(path))[0] == 0
    return path


@pytest.mark.parametrize("lang, words", [
    ("en", ["usage: samverkan", "options:", "show this help message and exit", "commands:",
            "create a new workspace", "--user NAME", "COMMAND"]),
    ("sv", ["användning: samverkan", "flaggor:", "visa den här hjälpen och avsluta", "kommandon:",
            "skapa en ny arbetsyta", "--user NAMN", "KOMMANDO"]),
])
def test_help_is_in_the_chosen_language(capsys, lang, words):
    code, out, _err = run(capsys, "--lang", lang, "--help")
    assert code == 0
    for word in words:
        assert word in out, (word, out)
    other = {"en": "visa den här hjälpen", "sv": "show this help message"}[lang]
    assert other not in out


def test_a_subcommands_help_and_a_bad_argument_in_english(capsys, workspace):
    code, out, _err = run(capsys, "--lang", "en", "set", "--help")
    assert code == 0 and "positional arguments:" in out and "FIELD=VALUE" in out and "the record's uuid" in out
    code, out, err = run(capsys, "--lang", "en", "frobnicate")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("samverkan: error: argument COMMAND: invalid choice: 'frobnicate'")
    code, _out, err = run(capsys, "--lang", "en", "set", str(workspace))
    assert code == 1 and "error: the following arguments are required: TABLE, UUID, FIELD=VALUE" in err


def test_a_bad_argument_in_swedish(capsys, workspace):
    code, out, err = run(capsys, "--lang", "sv", "frobnicate")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("samverkan: fel: argumentet KOMMANDO: ogiltigt val: 'frobnicate'")
    code, _out, err = run(capsys, "set", str(workspace))
    assert code == 1 and "fel: de här argumenten saknas: TABELL, UUID, FÄLT=VÄRDE" in err


@pytest.mark.parametrize("lang, table, uuid, expected", [
    ("en", "nosuch", NO_UUID, "samverkan: Unknown table: nosuch. The tables are: action, "),
    ("en", "agreement", NO_UUID, f"samverkan: There is no record {NO_UUID} in agreement (Agreements)."),
    ("sv", "nosuch", NO_UUID, "samverkan: Okänd tabell: nosuch. Tabellerna är: action, "),
    ("sv", "agreement", NO_UUID, f"samverkan: Det finns ingen post {NO_UUID} i agreement (Överenskommelser)."),
])
def test_set_on_an_unknown_table_or_uuid_is_one_line_in_the_language(capsys, workspace, lang, table, uuid,
                                                                      expected):
    code, out, err = run(capsys, "--lang", lang, "set", str(workspace), table, uuid, "title=x")
    assert code == 1 and out == ""
    assert err.startswith(expected) and err.count("\n") == 1, err


def test_core_validation_and_period_labels_in_english(capsys, workspace):
    code, _out, err = run(capsys, "--lang", "en", "pdf", str(workspace), "tertial", "--period", "2026-X",
                          "-o", str(workspace.with_suffix(".pdf")))
    assert code == 1 and "Invalid period: '2026-X' (write e.g. 2026-05, 2026-T2 or 2026)." in err
    assert not workspace.with_suffix(".pdf").exists()
    with i18n.kept_language():
        i18n.use_language("en")
        from samverkan_desktop.core.periods import Period

        assert Period.parse("2026-T3").label() == "T3 2026 (Sep–Dec)"
        assert Period.parse("2026-05").label() == "May 2026"
    assert Period.parse("2026-T3").label() == "T3 2026 (sep–dec)", "the language is put back after the block"


def test_the_language_saved_in_the_window_is_the_default_and_lang_wins(capsys, workspace):
    (data_dir() / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    code, out, _err = run(capsys, "info", str(workspace))
    assert code == 0 and "Schema version" in out and "EST weeks" in out
    code, out, _err = run(capsys, "info", str(workspace), "--lang", "sv")  # after the subcommand too
    assert code == 0 and "Schemaversion" in out and "EST-veckor" in out
    assert i18n.language() == "sv", "main() leaves the process's language as it found it"

