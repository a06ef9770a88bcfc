"""The first-run wizard's pages. Every rule and every write is in
desktop.app.setup_wizard.SetupWizard; this view collects input, runs the slow steps
on the card thread and shows the problems in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.facts import UnitInfo
from desktop.app.ports import WorkstationServices
from desktop.app.setup_wizard import Person, Problem, SetupWizard, Step, check_person
from desktop.domain.roles import Role
from ui.person_form import PersonForm
from ui.recovery_sheet_panel import RecoverySheetPanel
from ui.roles import role_name
from ui.wizard_messages import describe_problem, describe_setup_error
from ui.workers import Worker


class CardPrompt(QObject):
    """Carries "insert this person's card" from the card thread to the view."""

    wanted = Signal(str, str, str)  # name, role (words), card serial

    def ask(self, person: Person) -> None:  # called on the card thread
        self.wanted.emit(person.name, role_name(person.role), person.card_serial)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 20px; font-weight: bold;")
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #444;")
    return label


class SetupWizardView(QWidget):
    finished = Signal(Path)  # the data folder of the new vault
    cancelled = Signal()
    restore_requested = Signal()  # instead of a new vault: a backup into the data folder

    def __init__(
        self,
        services: WorkstationServices,
        card_worker: Worker,
        readers: Callable[[], list[str]],
        default_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._services = services
        self._card_worker = card_worker
        self._readers = readers
        self.wizard = SetupWizard(services.setup_backend())
        self.recovery_code = ""
        self._busy = False
        outer = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Setting up this workstation"))
        self.heading.setStyleSheet("font-size: 14px; color: #555;")
        outer.addWidget(self.heading)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.problems = QLabel()
        self.problems.setObjectName("wizardProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c;")
        outer.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("wizardCancel")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("wizardBack")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("wizardNext")
        self.next_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)

        # unit
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(_title(self.tr("Your procuratorate")))
        self.unit_name = QLineEdit()
        self.unit_name.setObjectName("wizardUnitName")
        self.unit_code = QLineEdit()
        self.unit_code.setObjectName("wizardUnitCode")
        self.unit_code.setMaxLength(6)
        self.unit_code.setInputMask("999999;_")
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Six-digit unit code"), self.unit_code)
        form.addRow(_note(self.tr("The unit code begins every confidential number.")))
        # A replacement computer (or a new disk) takes the vault back from its backup
        # instead of starting a new one.
        form.addRow(QLabel(" "))
        form.addRow(_note(self.tr(
            "Replacing a computer or a disk? Put the vault back from its backup instead "
            "of creating a new one.")))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("wizardRestore")
        self.restore_button.clicked.connect(self.restore_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        form.addRow(row)
        self._add(Step.UNIT, page)

        # data folder
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(_title(self.tr("Where the vault is kept")))
        row = QHBoxLayout()
        self.folder = QLineEdit(str(default_folder))
        self.folder.setObjectName("wizardFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Data folder"), row)
        form.addRow(
            _note(
                self.tr(
                    "The folder holds only the encrypted database and its key file. "
                    "It must be new or empty."
                )
            )
        )
        self._add(Step.DATA_FOLDER, page)

        # calibration
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("Measuring this computer")))
        box.addWidget(
            _note(
                self.tr(
                    "Passwords are protected with Argon2id, tuned so that one try takes about "
                    "half a second here. This makes guessing slow."
                )
            )
        )
        self.calibration_bar = QProgressBar()
        self.calibration_bar.setObjectName("wizardCalibration")
        self.calibration_bar.setRange(0, 100)
        self.calibration_result = QLabel()
        self.calibration_result.setObjectName("wizardCalibrationResult")
        box.addWidget(self.calibration_bar)
        box.addWidget(self.calibration_result)
        box.addStretch(1)
        self._add(Step.CALIBRATION, page)

        # chief
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("The chief procurator")))
        box.addWidget(
            _note(self.tr("The chief procurator approves viewing and unsealing with his own card."))
        )
        self.chief_form = PersonForm(Role.CHIEF, services, card_worker, readers)
        self.chief_form.setObjectName("chiefForm")
        box.addWidget(self.chief_form)
        box.addStretch(1)
        self._add(Step.CHIEF, page)

        # clerks
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("The designated clerks")))
        box.addWidget(_note(self.tr("Enrol at least one clerk, each with their own card.")))
        self.clerk_form = PersonForm(Role.CLERK, services, card_worker, readers)
        self.clerk_form.setObjectName("clerkForm")
        box.addWidget(self.clerk_form)
        self.add_clerk_button = QPushButton(self.tr("Add this clerk"))
        self.add_clerk_button.setObjectName("wizardAddClerk")
        self.add_clerk_button.clicked.connect(self.add_clerk)
        box.addWidget(self.add_clerk_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.clerk_list = QListWidget()
        self.clerk_list.setObjectName("wizardClerks")
        self.clerk_list.setMaximumHeight(90)
        box.addWidget(self.clerk_list)
        self.create_bar = QProgressBar()
        self.create_bar.setObjectName("wizardCreateProgress")
        self.create_bar.setRange(0, 100)
        self.create_bar.setVisible(False)
        box.addWidget(self.create_bar)
        # With one reader the cards take turns: this says whose card goes in next.
        self.card_request = QLabel()
        self.card_request.setObjectName("wizardCardRequest")
        self.card_request.setWordWrap(True)
        self.card_request.setStyleSheet("font-size: 16px; font-weight: bold; color: #0d47a1;")
        box.addWidget(self.card_request)
        self._prompt = CardPrompt(self)
        self._prompt.wanted.connect(self._ask_for_card)
        self._add(Step.CLERKS, page)

        # recovery
        self.sheet = RecoverySheetPanel(
            services,
            self.tr("Recovery code"),
            self.tr(
                "This code is shown only now. Print the sheet, seal it in a confidential "
                "bag and keep it in the safe. It opens the vault if cards or this "
                "computer are lost."
            ),
        )
        self.sheet.problem.connect(self.problems.setText)
        # The panel's parts, by the names the wizard's tests use.
        self.code_label = self.sheet.code_label
        self.preview = self.sheet.preview
        self.print_button = self.sheet.print_button
        self.confirm_box = self.sheet.confirm_box
        self._add(Step.RECOVERY, self.sheet)

        # summary
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_title(self.tr("Summary")))
        self.summary = QLabel()
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("font-size: 15px;")
        box.addWidget(self.summary)
        box.addStretch(1)
        self._add(Step.SUMMARY, page)
        self._show()

    # -- plumbing -------------------------------------------------------------

    def _add(self, step: Step, page: QWidget) -> None:
        page.setObjectName(f"wizardPage-{step.value}")
        page.setProperty("step", step.value)
        self.pages.addWidget(page)

    def _page_for(self, step: Step) -> QWidget:
        for i in range(self.pages.count()):
            if self.pages.widget(i).property("step") == step.value:
                return self.pages.widget(i)
        raise KeyError(step)

    def _show(self) -> None:
        step = self.wizard.step
        if step in (Step.DONE, Step.CANCELLED):
            return
        self.pages.setCurrentWidget(self._page_for(step))
        self.back_button.setEnabled(self.wizard.can_go_back and not self._busy)
        self.next_button.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)
        self.next_button.setText(self.tr("Finish") if step is Step.SUMMARY else self.tr("Next"))
        if step is Step.CALIBRATION and self.wizard.kdf is None and not self._busy:
            self._calibrate()
        if step in (Step.CHIEF, Step.CLERKS):
            self.chief_form.refresh_readers()
            self.clerk_form.refresh_readers()
        if step is Step.SUMMARY:
            self._fill_summary()

    def _say(self, problems: list[Problem]) -> bool:
        self.problems.setText("\n".join(describe_problem(p) for p in problems))
        return not problems

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show()

    def readers_changed(self) -> None:
        self.chief_form.refresh_readers()
        self.clerk_form.refresh_readers()

    # -- buttons ---------------------------------------------------------------

    def back(self) -> None:
        if self.wizard.can_go_back:
            self.problems.clear()
            self.wizard.back()
            self._show()

    def abandon(self) -> None:
        """The application is closing mid-setup: leave nothing behind, quietly."""
        self.preview.release()
        self.wizard.cancel()
        self.recovery_code = ""

    def cancel(self) -> None:
        self.preview.release()
        self.wizard.cancel()
        self.recovery_code = ""
        self.cancelled.emit()

    def next(self) -> None:
        if self._busy:
            return
        step = self.wizard.step
        if step is Step.UNIT:
            ok = self._say(self.wizard.submit_unit(self.unit_name.text(), self.unit_code.text()))
        elif step is Step.DATA_FOLDER:
            ok = self._say(self.wizard.submit_data_folder(Path(self.folder.text().strip())))
        elif step is Step.CALIBRATION:
            ok = self._say(self.wizard.finish_calibration())
        elif step is Step.CHIEF:
            self._submit_person(self.chief_form, self.wizard.submit_chief)
            return
        elif step is Step.CLERKS:
            if self.clerk_form.name.text().strip() and self.clerk_form.card is not None:
                self.add_clerk(then_create=True)  # a filled-in form counts: no retyping
                return
            self._create()
            return
        elif step is Step.RECOVERY:
            ok = self._say(self.wizard.confirm_recovery(self.confirm_box.isChecked()))
            if ok:
                self.sheet.forget()  # shown once: gone from the screen too
                self.recovery_code = ""
        elif step is Step.SUMMARY:
            try:
                folder = self.wizard.finish()
            except OSError as error:
                self.problems.setText(describe_setup_error(error))
                return
            self.finished.emit(folder)
            return
        else:
            return
        if ok:
            self._show()

    # -- slow steps on the card thread --------------------------------------

    def _calibrate(self) -> None:
        self._set_busy(True)
        self.calibration_result.setText(self.tr("Measuring…"))
        progress = self._card_worker.progress(lambda f: self.calibration_bar.setValue(int(f * 100)))
        self._card_worker.submit(
            lambda: self.wizard.calibrate(progress), lambda _none: self._calibrated(), self._failed
        )

    def _calibrated(self) -> None:
        self.calibration_bar.setValue(100)
        t, m, p = self._services.setup_backend().describe_kdf(self.wizard.kdf)
        self.calibration_result.setText(
            self.tr("Argon2id: %1 passes over %2 MiB, %3 lane(s).")
            .replace("%1", str(t))
            .replace("%2", str(m // 1024))
            .replace("%3", str(p))
        )
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self.card_request.clear()
        self.problems.setText(describe_setup_error(error))
        self.create_bar.setVisible(False)
        self._set_busy(False)

    def _submit_person(self, form: PersonForm, submit: Callable[..., list[Problem]]) -> None:
        person = form.person()
        taken = {c.card_serial for c in self.wizard.clerks}
        if self.wizard.chief is not None and form.role is not Role.CHIEF:
            taken.add(self.wizard.chief.card_serial)
        if not self._say(check_person(person, taken)):
            return
        self._set_busy(True)

        def checked(_none: object) -> None:
            self._set_busy(False)
            if self._say(submit(person)):
                self._after_person(form)

        # The PIN is checked on the card now, so a typo is found before the vault exists.
        self._card_worker.submit(
            lambda: self._services.check_pin(person.reader, person.pin), checked, self._failed
        )

    def _after_person(self, form: PersonForm) -> None:
        if form is self.clerk_form:
            self.clerk_list.addItem(
                self.tr("%1 (card %2)")
                .replace("%1", self.wizard.clerks[-1].name)
                .replace("%2", self.wizard.clerks[-1].card_serial)
            )
            self.clerk_form.clear()
            if self._create_after_clerk:
                self._create_after_clerk = False
                self._create()
                return
        self._show()

    _create_after_clerk = False

    def add_clerk(self, then_create: bool = False) -> None:
        self._create_after_clerk = then_create
        self._submit_person(self.clerk_form, self.wizard.add_clerk)

    def _create(self) -> None:
        if not self._say(self.wizard.check_clerks()):
            return
        self._set_busy(True)
        self.create_bar.setVisible(True)
        self.create_bar.setValue(0)
        progress = self._card_worker.progress(lambda f: self.create_bar.setValue(int(f * 100)))
        self._card_worker.submit(
            lambda: self.wizard.create(progress, self._prompt.ask), self._created, self._failed
        )

    def _ask_for_card(self, name: str, role: str, serial: str) -> None:
        self.card_request.setText(
            self.tr("Insert the card of %1 (%2, card %3).")
            .replace("%1", name)
            .replace("%2", role)
            .replace("%3", serial)
        )

    def _created(self, problems: list[Problem]) -> None:
        self.card_request.clear()
        self.create_bar.setVisible(False)
        self._busy = False
        if not self._say(problems):
            self._show()
            return
        self.recovery_code = self.wizard.take_recovery_code()
        unit = UnitInfo(self.wizard.unit_name, self.wizard.unit_code)
        self.sheet.show_code(unit, self.wizard.vault_id or "", self.recovery_code)
        self._show()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"))
        if folder:
            self.folder.setText(folder)

    def _fill_summary(self) -> None:
        w = self.wizard
        t, m, _lanes = self._services.setup_backend().describe_kdf(w.kdf)
        people = [w.chief, *w.clerks] if w.chief else list(w.clerks)
        rows = [
            (
                self.tr("Unit"),
                self.tr("%1 (unit code %2)").replace("%1", w.unit_name).replace("%2", w.unit_code),
            ),
            (self.tr("Data folder"), str(w.data_dir)),
            (
                self.tr("Password protection"),
                self.tr("Argon2id, %1 passes, %2 MiB")
                .replace("%1", str(t))
                .replace("%2", str(m // 1024)),
            ),
        ]
        rows += [
            (
                role_name(person.role),
                self.tr("%1, card %2").replace("%1", person.name).replace("%2", person.card_serial),
            )
            for person in people
            if person is not None
        ]
        rows.append(
            (self.tr("Recovery sheet"), self.tr("printed or written down; to be sealed in a bag"))
        )
        rows.append((self.tr("Date"), date.today().isoformat()))
        cells = "".join(
            f"<tr><td style='padding:4px 16px 4px 0; color:#555'>{k}</td><td>{_escape(v)}</td></tr>"
            for k, v in rows
        )
        self.summary.setText(f"<table>{cells}</table>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
