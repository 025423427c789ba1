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
