"""The full entry dialog: edit a logged cramp, or log one with all its details."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cvi_companion.domain.cramps import CrampEntry, Location, Side, new_entry
from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.when import localize
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.entry_form import EntryFields, EntryForm
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import clock_text, day_text, problem_text
from cvi_companion.ui.locale_text import emergency_text
from cvi_companion.ui.night_style import dim, error_colour

_DETAIL_FIELDS = tuple(f.name for f in fields(EntryFields) if f.name != "started_local")
# Longer than this, a cramp needs urgent medical advice (NHS; the red-flags guide).
LONG_CRAMP_S = 10 * 60


@dataclass(frozen=True, slots=True)
class Draft:
    """A cramp not saved yet, as far as the quick log got with it."""

    started_at: datetime
    side: Side | None
    locations: tuple[Location, ...] = (Location.CALF,)
    woke_me: bool = False


class EntryDialog(QDialog):
    """All the fields of one entry, to edit it or to log a new cramp with details.

    Saving goes through the service; problems show next to their fields and nothing typed is lost.
    `logged` fires for a new entry, `edited(before, after)` for a change.
    """

    logged = Signal(object)
    edited = Signal(object, object)

    def __init__(
        self,
        service: CrampService,
        entry: CrampEntry | None = None,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if entry is not None:
            self._start = entry.started_at
        elif draft is not None:
            self._start = draft.started_at
        else:
            raise ValueError("EntryDialog needs an entry to edit or a draft to complete")
        # The dim palette goes on before any child exists or anything is shown.
        if service.is_night_now():
            dim(self)
        self._service = service
        self._entry = entry
        self.setWindowTitle(
            self.tr("Edit the cramp of {day} {time}").format(
                day=day_text(self._start.date()), time=clock_text(self._start)
            )
            if entry
            else self.tr("Log a cramp with details")
        )
        self.setObjectName("entryDialog")

        self.form = EntryForm(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.problem.hide()
        self.long_cramp = QLabel(
            self.tr(
                "A cramp that lasts more than 10 minutes needs urgent medical advice. With sudden breathlessness "
                "or chest pain, call {emergency}."
            ).format(emergency=emergency_text()),
            self,
        )
        self.long_cramp.setObjectName("longCrampNotice")
        self.long_cramp.setWordWrap(True)
        self.long_cramp.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter in the note starts a new line, so Ctrl+Enter saves from there too.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.long_cramp)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.form.load(self._initial_fields(entry, draft))
        self.form.duration_choice.currentIndexChanged.connect(self._duration_changed)
        self.form.duration_minutes.valueChanged.connect(self._duration_changed)
        self._duration_changed()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _duration_changed(self) -> None:
        # Said as soon as the duration is chosen, not after saving: the person may be deciding what to do.
        duration = self.form.read().duration_s
        self.long_cramp.setVisible(duration is not None and duration > LONG_CRAMP_S)

    def _initial_fields(self, entry: CrampEntry | None, draft: Draft | None) -> EntryFields:
        local = self._start.replace(tzinfo=None)
        if entry is not None:
            return EntryFields(started_local=local, **{name: getattr(entry, name) for name in _DETAIL_FIELDS})
        assert draft is not None
        return EntryFields(started_local=local, side=draft.side, locations=draft.locations, woke_me=draft.woke_me)

    # -- saving ----------------------------------------------------------------------------------------------

    def _started_at(self, read: EntryFields) -> datetime:
        loaded = self.form.loaded()
        if loaded is not None and read.started_local == loaded.started_local:
            return self._start
        return localize(read.started_local, self._zone())

    def _zone(self) -> tzinfo:
        """The zone a changed start time is read in: the person's own, unless the entry was logged elsewhere."""
        home = self._service.clock.tz
        if self._start.utcoffset() == self._start.astimezone(home).utcoffset():
            return home
        assert self._start.tzinfo is not None
        return self._start.tzinfo

    def save(self) -> None:
        """Save the form; on a problem say what and where, and keep everything as typed."""
        self.form.clear_problems()
        self.problem.hide()
        read = self.form.read()
        details = {name: getattr(read, name) for name in _DETAIL_FIELDS}
        details["started_at"] = self._started_at(read)
        try:
            if self._entry is None:
                self._save_new(details)
            else:
                self._save_edit(self._entry, details)
        except ValidationError as error:
            self._show_problems(error.problems)
        except StorageError as error:
            self._show_problems([FieldProblem("", error_text(error))])

    def _save_new(self, details: dict[str, object]) -> None:
        if details["side"] is None:
            # Report every other problem together with the missing side, without saving anything.
            problems = [FieldProblem("side", self.tr("choose left, right or both"))]
            try:
                new_entry(now=self._service.clock.now_utc(), **{**details, "side": Side.BOTH})  # type: ignore[arg-type]
            except ValidationError as error:
                problems.extend(error.problems)
            raise ValidationError(problems)
        entry = self._service.log(**details)
        self.logged.emit(entry)
        self.accept()

    def _save_edit(self, entry: CrampEntry, details: dict[str, object]) -> None:
        changes = {name: value for name, value in details.items() if getattr(entry, name) != value}
        if not changes:
            self.accept()
            return
        before, after = self._service.update(entry, **changes)
        self.edited.emit(before, after)
        self.accept()

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        unplaced = self.form.show_problems(problems)
        if unplaced:
            self.problem.setText("\n".join(problem_text(p) for p in unplaced))
            self.problem.show()
        else:
            self.problem.hide()
        self.form.focus_first_problem()
