"""Make the screenshots of problem work and the committee loop, and the protokollsutdrag pages.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python docs/screenshots/committee_shots.py

From the demo workspace (Örebro agreement): docs/screenshots/problem-editor.png (the Järntorget
problem: orsaksanalys, effect measure, linked incidents), committee-duties.png (Uppföljning →
Tillfällen with the duty from § 23), committee-paragraph.png (Sammanträden: § 23 with its duties,
the meeting's justering and kommun), effect.png (Uppföljning → Effekt), weekday-hours.png (EST →
Analys → Veckodag × klockslag, T3 2026), est-week-time.png (week 43: incidents with Tid and
Problem); docs/pdf-pages/paragraph-25-1.png and paragraph-1.png (§ 25 and § 24 of seed 004) and
follow-up-2026-*.png (the report to the committee as an ärende).
"""

from __future__ import annotations

import subprocess
import sys

from shot_env import PAGES, SHOTS, demo_store, settle, show_window, start


def main() -> None:
    work, app = start()
    from samverkan_desktop.core import reports
    from samverkan_desktop.core.demo.est import problem_uuid
    from samverkan_desktop.core.demo.orebro import find_agreement
    from samverkan_desktop.core.follow_up import ops as follow_up_ops
    from samverkan_desktop.core.follow_up import queries as fu
    from samverkan_desktop.core.periods import IsoWeek, Period
    from samverkan_desktop.ui.est.problem_dialog import ProblemDialog

    store = demo_store(work)
    shots, pages = SHOTS, PAGES
    occasion = fu.resolve_follow_up(store, "2026-12-09")
    follow_up_ops.update_follow_up(store, occasion["uuid"], case_number="Ks 930/2023", officer="Johanna Sollerman",
                                   proposal="Kommunledningsförvaltningens förslag till Kommunstyrelsens "
                                            "trygghetsutskott:\n\n- Informationen läggs till handlingarna.")
    for kind, name, options, first, last in (
            ("paragraph", "paragraph-25", {"meeting": "2023-10-11", "paragraph": 25}, 1, 1),
            ("paragraph", "paragraph", {"meeting": "2023-10-11", "paragraph": 24}, 1, 1),
            ("follow-up", "follow-up-2026", {"follow_up": "2026-12-09"}, 1, 99)):
        pdf = work / f"{name}.pdf"
        reports.build(store, kind, pdf, **options)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(first), "-l", str(last), str(pdf),
                        str(pages / name)], check=True)
    window = show_window(store, "Demo", (1366, 860))
    ag = find_agreement(store)
    window.agreement_box.setCurrentIndex(window.agreement_box.findData(ag))
    settle(app)
    tabs = {window.tabs.widget(i).objectName(): i for i in range(window.tabs.count())}

    window.tabs.setCurrentIndex(tabs["est_tab"])
    est = window.tabs.currentWidget()
    est.navigator.go_to("2026-W43")
    settle(app)
    window.grab().save(str(shots / "est-week-time.png"))
    est.views.setCurrentIndex(2)
    analysis = est.analysis
    analysis.set_period(Period.parse("2026-T3"))
    window.ctx.tasks.wait()
    settle(app)
    analysis.tables.setCurrentWidget(analysis.hours)
    settle(app)
    window.grab().save(str(shots / "weekday-hours.png"))

    dialog = ProblemDialog(window.ctx, IsoWeek(2026, 48), problem_uuid=problem_uuid(ag, "järntorget"), parent=window)
    dialog.resize(900, 760)
    dialog.show()
    settle(app)
    dialog.grab().save(str(shots / "problem-editor.png"))
    dialog.close()

    window.tabs.setCurrentIndex(tabs["follow_up_tab"])
    follow_up = window.tabs.currentWidget()
    follow_up.pages.setCurrentWidget(follow_up.occasions)
    follow_up.occasions.select(occasion["uuid"])
    settle(app)
    window.grab().save(str(shots / "committee-duties.png"))
    follow_up.pages.setCurrentWidget(follow_up.effects)
    settle(app)
    window.grab().save(str(shots / "effect.png"))
    follow_up.pages.setCurrentWidget(follow_up.meetings)
    paragraphs = follow_up.meetings.paragraphs
    paragraphs.select(next(r["uuid"] for r in paragraphs.model.rows if r["number"] == 23))
    settle(app)
    window.grab().save(str(shots / "committee-paragraph.png"))
    window.close_store()
    made = [shots / f"{n}.png" for n in ("est-week-time", "weekday-hours", "problem-editor", "committee-duties",
                                         "effect", "committee-paragraph")]
    print("\n".join(str(p) for p in [*made, *sorted(pages.glob("paragraph*.png")),
                                     *sorted(pages.glob("follow-up-2026*.png"))]))


if __name__ == "__main__":
    main()
    sys.exit(0)
