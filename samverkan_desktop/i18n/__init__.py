"""The translation catalogue: regenerate it from the source, check it, build the ``.qm``.

Swedish is the source language; ``resources/translations/samverkan_en.ts`` holds English.
Commands (run from the repository root)::

    python -m samverkan_desktop.i18n update   # pyside6-lupdate over the source, keep translations, build .qm
    python -m samverkan_desktop.i18n check    # unfinished, missing or unmarked text: exit 1
    python -m samverkan_desktop.i18n release  # only rebuild samverkan_en.qm (pyside6-lrelease)
    python -m samverkan_desktop.i18n todo     # print the unfinished source texts, one per line

What counts as marked: ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` in
``ui/``; ``N_("…")`` (mark only) and ``_("…")`` (translate now) from ``core.i18n`` in ``core/`` and
the CLI. The ``.qm`` is committed so that the wheel carries it (``pyproject.toml`` force-includes
``resources/translations``); ``check`` fails when it is older than the ``.ts``.
"""
