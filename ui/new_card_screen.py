"""The covering screen of enrolling a user or replacing a card (DESIGN §2). With
one reader the cards are swapped: the chief takes his card out and the new card
goes in (its checks, then the new user's password and PIN: phase 1), the new card
comes out and his goes back (checked to be his), and his PIN signs (phases 2 and
3). His card's removal does not lock meanwhile (ui/card_swap.py), within a visible
countdown; out of time, or cancelled with his card out, the session locks. With the
new card in a second reader the same steps run without the swap. The workspace is
hidden and disabled while this screen is up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.facts import CardEvent, CardEventKind
from desktop.card.errors import WrongPin
from desktop.domain.roles import Role
from desktop.password_strength import estimate
from desktop.vault.prepared_card import ADD
from ui.messages import describe_error
from ui.workers import Worker

if TYPE_CHECKING:
    from desktop.app.ports import UsersPort
    from desktop.vault.prepared_card import PreparedCard
    from ui.card_swap import CardSwap


@dataclass(frozen=True)
class NewCardJob:
    action: str  # ADD (enrol ``name``) or REPLACE (``name``'s card)
    name: str
    role: Role
    reader: str  # where the new card goes
    one_reader: bool  # that reader holds the chief's card: the cards are swapped


class _Held:
    """What outlives the screen: a late phase-1 result is wiped once the screen is gone."""

    gone = False


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(127)
    return field


class NewCardScreen(QWidget):
    succeeded = Signal(object)  # the new card's serial (ADD) or the key generation
    stopped = Signal(str)  # cancelled or refused: what to say on the page

    def __init__(self, users: Callable[[], UsersPort], worker: Worker, job: NewCardJob,
                 swap: CardSwap | None, host: QWidget, covered: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("newCardScreen")
        self.setAutoFillBackground(True)
        self._users, self._worker, self.job, self._swap = users, worker, job, swap
        self._host, self._covered = host, covered
        self._held = _Held()
        self._prepared: PreparedCard | None = None
        self.phase = ""
        self._ticket = 0  # a card read answered after the card went is ignored
        self._own_in = True  # the chief's card has not left its reader (yet)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Enrol %1") if job.action == ADD
                       else self.tr("Replace the card of %1"))
        title.setText(title.text().replace("%1", job.name))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        layout.addWidget(title)
        self.step = QLabel()
        self.step.setObjectName("newCardStep")
        self.step.setWordWrap(True)
        self.step.setStyleSheet("font-size: 17px;")
        layout.addWidget(self.step)
        self.countdown = QLabel()
        self.countdown.setObjectName("newCardCountdown")
        self.countdown.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.countdown.setVisible(False)
        layout.addWidget(self.countdown)
        self.pages = QStackedWidget()
        self.waiting = QWidget()
        self.pages.addWidget(self.waiting)
        self.newcomer = QWidget()
        form = QFormLayout(self.newcomer)
        self.password, self.again, self.pin = _secret(), _secret(), _secret()
        form.addRow(self.tr("New user's password") if job.action == ADD
                    else self.tr("New password of the user"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.tr("PIN of the new card"), self.pin)
        self.newcomer_button = QPushButton(self.tr("Continue"))
        self.newcomer_button.setObjectName("newCardNewcomerContinue")
        self.newcomer_button.clicked.connect(self._prepare)
        form.addRow(self.newcomer_button)
        self.pages.addWidget(self.newcomer)
        self.chief = QWidget()
        form = QFormLayout(self.chief)
        self.chief_pin, self.chief_password = _secret(), _secret()
        form.addRow(self.tr("Your card PIN"), self.chief_pin)
        if job.action != ADD:  # the keys are renewed with his card, PIN and password
            form.addRow(self.tr("Your password"), self.chief_password)
        self.chief_button = QPushButton(self.tr("Sign the change"))
        self.chief_button.setObjectName("newCardChiefContinue")
        self.chief_button.clicked.connect(self._finish)
        form.addRow(self.chief_button)
        self.pages.addWidget(self.chief)
        layout.addWidget(self.pages)
        self.message = QLabel()
        self.message.setObjectName("newCardMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("newCardCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(2)
        host.installEventFilter(self)
        self.setGeometry(host.rect())

    # -- the steps

    def start(self) -> None:
        self._covered.setEnabled(False)
        self.show()
        self.raise_()
        if self._swap is not None:
            self._swap.ending.connect(self._session_ending)
        if not self.job.one_reader:
            self._check_new_card()
            return
        assert self._swap is not None
        self._swap.card_event.connect(self._card_event)
        self._swap.ticked.connect(self._tick)
        self._swap.begin()
        self.countdown.setVisible(True)
        self._wait("out", self.tr("Take your card out of the reader, then insert the new "
                                  "user's prepared card."))

    def _wait(self, phase: str, text: str) -> None:
        self.phase = phase
        self.step.setText(text)
        self.pages.setCurrentWidget(self.waiting)

    def _card_event(self, event: CardEvent) -> None:
        if event.reader != self.job.reader:
            return
        removed = event.kind is CardEventKind.REMOVED
        self._ticket += 1
        if removed:
            self._own_in = False  # whatever comes back is read before it is trusted
        if removed and self.phase in ("out", "checking", "newcomer", "preparing"):
            self._wait("in", self.tr("Insert the new user's prepared card."))
        elif not removed and self.phase in ("out", "in"):
            self._check_new_card()
        elif removed and self.phase in ("back", "back-checking"):
            self._wait("back", self.tr("Put your own card back in the reader."))
        elif not removed and self.phase == "back":
            self._check_own_card()

    def _check_new_card(self) -> None:
        self.phase = "checking"
        self.step.setText(self.tr("Reading the card…"))
        job, users, ticket = self.job, self._users, self._ticket
        self._worker.submit(lambda: users().check_new_card(job.action, job.name, job.reader),
                            lambda serial: self._new_card_ok(ticket, serial),
                            lambda error: self._new_card_refused(ticket, error), owner=self)

    def _new_card_ok(self, ticket: int, serial: str) -> None:
        if ticket != self._ticket:
            return
        self.phase = "newcomer"
        self.step.setText(self.tr("Card %1: the new user types her new password twice and "
                                  "the PIN of this card.").replace("%1", serial))
        self.message.clear()
        self.pages.setCurrentWidget(self.newcomer)
        self.password.setFocus()

    def _new_card_refused(self, ticket: int, error: BaseException) -> None:
        if ticket != self._ticket:
            return
        if not self.job.one_reader:
            self._stop(describe_error(error))
            return
        self.message.setText(describe_error(error))
        self._wait("out", self.tr("Take this card out and insert the new user's prepared "
                                  "card."))

    def _prepare(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The new passwords differ."))
            return
        if not estimate(self.password.text()).acceptable:
            self.message.setText(self.tr("The new password is too weak."))
            return
        job, users, held = self.job, self._users, self._held
        password, pin = self.password.text(), self.pin.text()
        self.phase = "preparing"
        self.newcomer_button.setEnabled(False)
        self.message.setText(self.tr("Checking the new card with its PIN…"))

        def ready(prepared: PreparedCard) -> None:
            if held.gone:  # cancelled or locked meanwhile: nothing is kept
                prepared.wipe()
                return
            self._prepared_ready(prepared)

        # No owner: the answer must arrive even after the screen went (to be wiped).
        self._worker.submit(
            lambda: users().prepare(job.action, job.name, job.role, job.reader, password, pin),
            ready, lambda error: None if held.gone else self._prepare_refused(error))

    def _prepared_ready(self, prepared: PreparedCard) -> None:
        self._prepared = prepared
        for field in (self.password, self.again, self.pin):
            field.clear()
        self.newcomer_button.setEnabled(True)
        self.message.clear()
        if self.job.one_reader:
            self._wait("back", self.tr("Take the new user's card out and put your own card "
                                       "back in the reader."))
        else:
            self._ask_chief()

    def _prepare_refused(self, error: BaseException) -> None:
        self.newcomer_button.setEnabled(True)
        self.pin.clear()
        self.message.setText(describe_error(error))
        if self.phase == "preparing":
            self.phase = "newcomer"

    def _check_own_card(self) -> None:
        self.phase = "back-checking"
        self.step.setText(self.tr("Reading the card…"))
        users, ticket = self._users, self._ticket
        self._worker.submit(lambda: users().own_card_back(),
                            lambda _none: self._own_card_ok(ticket),
                            lambda error: self._own_card_refused(ticket, error), owner=self)

    def _own_card_ok(self, ticket: int) -> None:
        if ticket != self._ticket:
            return
        assert self._swap is not None
        self._swap.finish()  # from here, taking his card out locks again
        self.countdown.setVisible(False)
        self.message.clear()
        self._ask_chief()

    def _own_card_refused(self, ticket: int, error: BaseException) -> None:
        if ticket != self._ticket:
            return
        self.message.setText(describe_error(error))
        self._wait("back", self.tr("Take this card out and put your own card back in the "
                                   "reader."))

    def _ask_chief(self) -> None:
        self.phase = "chief"
        self.step.setText(self.tr("Your card signs the change: give its PIN."))
        self.pages.setCurrentWidget(self.chief)
        self.chief_pin.setFocus()

    def _finish(self) -> None:
        prepared, users = self._prepared, self._users
        if prepared is None:
            return
        pin, password = self.chief_pin.text(), self.chief_password.text()
        self.phase = "finishing"
        self.chief_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # the change is being written
        self.message.setText(self.tr("Signing and saving the change…"))
        work: Callable[[], Any] = (
            (lambda: users().finish_enrolment(prepared, pin)) if self.job.action == ADD
            else (lambda: users().finish_replacement(prepared, pin, password)))
        self._worker.submit(work, self._finished, self._finish_refused, owner=self)

    def _finished(self, result: object) -> None:
        self._prepared = None  # wiped by the core
        self._close()
        self.succeeded.emit(result)

    def _finish_refused(self, error: BaseException) -> None:
        self.chief_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.chief_pin.clear()
        if isinstance(error, WrongPin) and self._prepared is not None \
                and not self._prepared.wiped:
            self.phase = "chief"
            self.message.setText(describe_error(error))
            return
        self._stop(describe_error(error))

    # -- leaving

    def cancel(self) -> None:
        swap = self._swap if self._swap is not None and self._swap.active else None
        self._stop(self.tr("Cancelled: nothing was changed."))
        if swap is not None and self._own_in:
            swap.finish()  # his card never left
        elif swap is not None:
            swap.abandon()  # his card is out, or not known to be back: the session locks

    def _session_ending(self) -> None:
        self._close()

    def _stop(self, text: str) -> None:
        self._close()
        self.stopped.emit(text)

    def _close(self) -> None:
        if self._held.gone:
            return
        self._held.gone = True
        if self._prepared is not None:
            self._users().abandon(self._prepared)
            self._prepared = None
        for field in (self.password, self.again, self.pin, self.chief_pin,
                      self.chief_password):
            field.clear()
        if self._swap is not None:
            self._swap.ending.disconnect(self._session_ending)
            if self.job.one_reader:
                self._swap.card_event.disconnect(self._card_event)
                self._swap.ticked.disconnect(self._tick)
        self._host.removeEventFilter(self)
        self._covered.setEnabled(True)
        self.hide()
        self.deleteLater()

    def _tick(self, seconds: int) -> None:
        self.countdown.setText(self.tr("Time left to put your card back: %1 s")
                               .replace("%1", str(seconds)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

