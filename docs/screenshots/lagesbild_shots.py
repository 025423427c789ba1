"""Make docs/screenshots/est-kommun.png, lagesbild.png and action-plan.png from the demo workspace,
and docs/pdf-pages/ (the lägesbild and the action plan of Kumla, rendered with pdftoppm).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python docs/screenshots/lagesbild_shots.py

The Hallsberg agreement: the EST tab filtered on Kumla (week 47), the Uppföljning tab's Lägesbild
page (Kumla, 2026) and its Åtgärdsplan page (Kumla, version 2 decided).
"""

from __future__ import annotations

import subprocess
import sys

from shot_env import PAGES, SHOTS, demo_store, settle, show_window, start


def main() -> None:
    work, app = start()
    from samverkan_desktop.core import reports
    from samverkan_desktop.core.agreement.queries import resolve_agreement

    store = demo_store(work)
    shots, pages = SHOTS, PAGES
    pages.mkdir(parents=True, exist_ok=True)
    for kind, name, options in (("lagesbild", "lagesbild-kumla-2026", {"kommun": "Kumla", "year": 2026}),
                                ("action-plan", "atgardsplan-kumla-2026",
                                 {"agreement": "Hallsberg", "kommun": "Kumla", "year": 2026})):
        pdf = work / f"{name}.pdf"
        reports.build(store, kind, pdf, **options)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(pages / name)], check=True)
    window = show_window(store, "Demo", (1366, 860))
    hallsberg = resolve_agreement(store, "lokalpolisområde Hallsberg")["uuid"]
    window.agreement_box.setCurrentIndex(window.agreement_box.findData(hallsberg))
    settle(app, 5)
    tabs = {window.tabs.widget(i).objectName(): i for i in range(window.tabs.count())}
    window.tabs.setCurrentIndex(tabs["est_tab"])
    est = window.tabs.currentWidget()
    est.navigator.go_to("2026-W47")
    est.set_kommun("Kumla")
    settle(app, 5)
    window.grab().save(str(shots / "est-kommun.png"))
    window.tabs.setCurrentIndex(tabs["follow_up_tab"])
    follow_up = window.tabs.currentWidget()
    follow_up.pages.setCurrentWidget(follow_up.lagesbild)
    follow_up.lagesbild.year.setValue(2026)
    follow_up.lagesbild.set_kommun("Kumla kommun")
    settle(app, 5)
    window.grab().save(str(shots / "lagesbild.png"))
    follow_up.pages.setCurrentWidget(follow_up.action_plan)
    follow_up.action_plan.year.setValue(2026)
    follow_up.action_plan.party.setCurrentIndex(follow_up.action_plan.party.findText("Kumla kommun"))
    settle(app, 5)
    window.grab().save(str(shots / "action-plan.png"))
    window.close_store()
    print("\n".join(str(p) for p in sorted([*shots.glob("est-kommun.png"), shots / "lagesbild.png",
                                            shots / "action-plan.png", *pages.glob("*.png")])))


if __name__ == "__main__":
    main()
    sys.exit(0)
