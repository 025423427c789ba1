"""The welcome flow: who you are, then your first workspace (from a template, a file or the demo).

At first start it runs with the "who are you" page; "Arkiv → Ny arbetsyta…" and the empty
window's buttons run it from the workspace page on. When it is accepted, ``outcome`` says what
to show: ``("store", Store)``, ``("open", Path)`` or ``("demo", None)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..core import filetypes
from ..core.agreement.starter import SEED_ORGANISATIONS, TEMPLATE_PARTIES
from .dialogs import choose, form_rows
from .first_start_workspace import NewWorkspacePage
from .settings import Settings
from .widgets import push_button

PAGE_USER, PAGE_START, PAGE_NEW = range(3)
CHOICES = ("orebro", "hallsberg", "blank", "open", "demo")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class UserPage(QWizardPage):
    """Name, initials and organisation: they go into every change this installation makes."""

    def __init__(self, settings: Settings):
        super().__init__()
        self.setTitle(self.tr("Välkommen till Samverkan Desktop"))
        self.setSubTitle(self.tr("Här håller du och din samverkanspart överenskommelsen levande: resurser, "
                                 "EST-möten, uppföljning och kommunikationsplan i en fil på din dator."))
        self.name = QLineEdit(settings.get("user/name"))
        self.name.setPlaceholderText(self.tr("t.ex. Johanna Johansson"))
        self.initials = QLineEdit(settings.get("user/initials"))
        self.initials.setMaxLength(8)
        self.initials.setPlaceholderText(self.tr("t.ex. JJ"))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(SEED_ORGANISATIONS)
        self.organisation.setCurrentText(settings.get("user/organisation"))
        self.organisation.lineEdit().setPlaceholderText(self.tr("Välj i listan eller skriv"))
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for widget, name in ((self.name, self.tr("Namn")), (self.initials, self.tr("Initialer")),
                             (self.organisation, self.tr("Organisation"))):
            widget.setAccessibleName(name)
        form = form_rows([(self.tr("&Namn:"), self.name), (self.tr("&Initialer:"), self.initials),
                          (self.tr("&Organisation:"), self.organisation)])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_hint(self.tr("Namnet (eller initialerna) skrivs in i varje ändring du gör, så att din "
                                       "samverkanspart ser vem som ändrat vad när ni delar filer. Du kan ändra "
                                       "det senare.")))
        layout.addStretch()
        self.registerField("name*", self.name)

    def nextId(self) -> int:
        return PAGE_START


class StartPage(QWizardPage):
    """Where to begin: a template, an existing file or the demo."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Din arbetsyta"))
        self.setSubTitle(self.tr("En arbetsyta är en fil med en eller flera överenskommelser. Börja från en mall, "
                                 "öppna en fil du redan har eller titta runt i demon."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        texts = {
            "orebro": (self.tr("&En kommun och dess lokalpolisområde (som Örebro)"),
                       self.tr("Två parter, femton samverkansformer (ÖreBRÅ, EST, SSPF, SIG, GVI …) med ansvarig part.")),
            "hallsberg": (self.tr("&Ett lokalpolisområde med flera kommuner (som Hallsberg)"),
                          self.tr("Fem parter, tre gemensamma fokusområden och fyra forum; åtgärdsplan per kommun.")),
            "blank": (self.tr("&Tom överenskommelse"), self.tr("Bara titel, period och de parter du skriver in.")),
            "open": (self.tr("Ö&ppna en befintlig fil"),
                     self.tr("En arbetsyta (.samverkan eller .sqlite) som redan finns på datorn.")),
            "demo": (self.tr("Öppna &demon"), self.tr("Örebro och Hallsberg med påhittade EST-veckor, uppföljningar "
                                                    "och kommunikationsplan – för att prova.")),
        }
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Fil att öppna"))
        self.file.setPlaceholderText(self.tr("Välj fil …"))
        self.browse = push_button(self.tr("&Bläddra…"), self._browse)
        self.buttons: dict[str, QRadioButton] = {}
        for i, choice in enumerate(CHOICES):
            title, about = texts[choice]
            button = QRadioButton(title)
            button.setAccessibleDescription(about)
            self.group.addButton(button, i)
            self.buttons[choice] = button
            layout.addWidget(button)
            hint = _hint(about)
            hint.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(hint)
            if choice == "open":
                row = QHBoxLayout()
                row.setContentsMargins(24, 0, 0, 8)
                row.addWidget(self.file, 1)
                row.addWidget(self.browse)
                layout.addLayout(row)
        layout.addStretch()
        self.buttons["orebro"].setChecked(True)
        self.group.idToggled.connect(self._changed)
        self.file.textChanged.connect(self._changed)
        self._changed()

    def choice(self) -> str:
        return CHOICES[max(self.group.checkedId(), 0)]

    def choose(self, choice: str) -> None:
        self.buttons[choice].setChecked(True)

    def suggest_for(self, organisation: str) -> None:
        """Preselect the template whose parties include the user's organisation."""
        for template in ("hallsberg", "orebro"):
            if organisation in (name for name, _kind in TEMPLATE_PARTIES[template]):
                self.choose(template)

    def _browse(self) -> None:
        patterns = filetypes.workspace_patterns()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna arbetsyta"), str(Path.home()),
                                              self.tr("Samverkan-arbetsyta (%1);;Alla filer (*)").replace("%1", patterns))
        if path:
            self.file.setText(path)
            self.choose("open")

    def _changed(self, *_args) -> None:
        opening = self.choice() == "open"
        self.file.setEnabled(opening)
        self.browse.setEnabled(opening)
        self.setFinalPage(self.choice() in ("open", "demo"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.choice() == "open":
            return Path(self.file.text().strip()).is_file()
        return True

    def nextId(self) -> int:
        return PAGE_NEW if self.choice() in ("orebro", "hallsberg", "blank") else -1


class FirstStartWizard(QWizard):
    """The welcome flow. ``first_start`` adds the user page and explains what Avbryt does."""

    def __init__(self, settings: Settings, *, first_start: bool = True, origin: str = "", parent=None):
        super().__init__(parent)
        self.settings = settings
        self.first_start = first_start
        self.outcome: tuple[str, object] | None = None
        self.setWindowTitle(self.tr("Välkommen till Samverkan Desktop") if first_start
                            else self.tr("Ny arbetsyta"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Nästa >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Tillbaka")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Klar")),
                             (QWizard.WizardButton.CancelButton, self.tr("Avbryt"))):
            self.setButtonText(button, text)
        self.user_page = UserPage(settings)
        self.start_page = StartPage()
        self.new_page = NewWorkspacePage(settings, origin)
        self.setPage(PAGE_USER, self.user_page)
        self.setPage(PAGE_START, self.start_page)
        self.setPage(PAGE_NEW, self.new_page)
        self.setStartId(PAGE_USER if first_start else PAGE_START)
        self.currentIdChanged.connect(self._entered)
        self.resize(760, 600)

    def _entered(self, page_id: int) -> None:
        if page_id == PAGE_START and self.first_start:
            self._save_user()
            self.start_page.suggest_for(self.user_page.organisation.currentText().strip())
        elif page_id == PAGE_NEW:
            self.new_page.use_template(self.start_page.choice())

    def _save_user(self) -> None:
        page = self.user_page
        self.settings.set("user/name", page.name.text().strip())
        self.settings.set("user/initials", page.initials.text().strip())
        self.settings.set("user/organisation", page.organisation.currentText().strip())

    def done(self, result: int) -> None:
        super().done(result)  # validates the current page first (and may refuse)
        if result != QWizard.DialogCode.Accepted or self.result() != QWizard.DialogCode.Accepted:
            return
        choice = self.start_page.choice()
        if choice == "open":
            self.outcome = ("open", Path(self.start_page.file.text().strip()))
        elif choice == "demo":
            self.outcome = ("demo", None)
        else:
            self.outcome = ("store", self.new_page.store)
        if self.first_start:
            self._save_user()

    def confirm_cancel(self) -> bool:
        """Say what Avbryt does; True when the user still wants to stop."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        if self.first_start:
            box.setText(self.tr("Avbryta välkomstguiden?"))
            box.setInformativeText(self.tr("Ingen arbetsyta skapas och inget av det du skrivit sparas. Samverkan "
                                           "Desktop stängs, och guiden visas igen nästa gång du startar "
                                           "programmet."))
            stop = self.tr("Avbryt och stäng")
        else:
            box.setText(self.tr("Avbryta utan att skapa en arbetsyta?"))
            box.setInformativeText(self.tr("Ingen fil skapas. Det som är öppet nu förblir öppet."))
            stop = self.tr("Avbryt")
        return choose(box, stop, self.tr("Fortsätt med guiden"), yes_role=QMessageBox.ButtonRole.DestructiveRole)

    def reject(self) -> None:
        if self.confirm_cancel():
            super().reject()

