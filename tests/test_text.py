"""Swedish sort order and personnummer detection."""

from __future__ import annotations

from samverkan_desktop.core.text import find_personal_numbers, personal_number_warning, swedish_key


def test_swedish_order_puts_aao_after_z():
    words = ["Örebro", "Askersund", "Ängen", "Zeta", "åsen", "Vivalla", "Laxå", "ekeby", "Éclair"]
    assert sorted(words, key=swedish_key) == ["Askersund", "Éclair", "ekeby", "Laxå", "Vivalla", "Zeta",
                                              "åsen", "Ängen", "Örebro"]


def test_sql_collation_sorts_swedish(store):
    with store.write("Parter") as tx:
        for name in ["Örebro kommun", "Askersunds kommun", "Ängelholm", "Zinkgruvan", "Åmål"]:
            tx.insert("party", {"name": name})
    names = [r[0] for r in store.query("SELECT name FROM party ORDER BY name COLLATE sv")]
    assert names == ["Askersunds kommun", "Zinkgruvan", "Åmål", "Ängelholm", "Örebro kommun"]


def test_personnummer_found_with_luhn_and_samordningsnummer():
    assert find_personal_numbers("Anmälan om 811218-9876 vid skolan") == ["811218-9876"]
    assert find_personal_numbers("född 19811218-9876") == ["19811218-9876"]
    assert find_personal_numbers("samordningsnr 701063-2391") == ["701063-2391"]
    assert find_personal_numbers("fel kontrollsiffra 811218-9875") == []
    assert find_personal_numbers("Diarienummer KS 1382/2023 och A713.561/2023") == []
    assert find_personal_numbers("ogiltigt datum 811332-1234") == []
    assert personal_number_warning("811218-9876") and personal_number_warning("ingen") is None


# -- the detector over generated numbers -----------------------------------------------------------

_SEPS = ["-", "+", "\u2013", "\u2014", "\u2212", ".", "/", " ", ""]
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _check_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _valid_numbers(rng, n: int) -> list[tuple[str, str]]:
    """(century, ÅÅMMDDNNNN) of valid personnummer and samordningsnummer."""
    import datetime as dt

    out = []
    start = dt.date(1920, 1, 1).toordinal()
    for i in range(n):
        born = dt.date.fromordinal(start + rng.randrange(365 * 100))
        day = born.day + (60 if i % 3 == 0 else 0)
        nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{rng.randrange(1000):03d}"
        out.append((str(born.year // 100), nine + _check_digit(nine)))
    return out


def test_every_generated_number_is_found_in_every_format():
    import random

    rng = random.Random(12)
    missed = []
    for century, ten in _valid_numbers(rng, 300):
        date, tail = ten[:6], ten[6:]
        for sep in _SEPS:
            for text in (f"{date}{sep}{tail}", f"{century}{date}{sep}{tail}"):
                for shown in (text, text.translate(_FULL)):
                    hits = find_personal_numbers(f"Anmälan: {shown} vid skolan")
                    if hits != [shown]:
                        missed.append(shown)
    assert missed == []


def test_random_digit_strings_rarely_alarm():
    import random

    rng = random.Random(7)
    alarms = total = 0
    for _ in range(4000):
        digits = "".join(str(rng.randrange(10)) for _ in range(10))
        for sep in ("-", " ", ""):
            total += 1
            alarms += bool(find_personal_numbers(f"Ärende {digits[:6]}{sep}{digits[6:]}"))
        twelve = "".join(str(rng.randrange(10)) for _ in range(12))
        total += 1
        alarms += bool(find_personal_numbers(f"Ärende {twelve[:8]}-{twelve[8:]}"))
    assert 0 < alarms / total < 0.01, alarms / total
