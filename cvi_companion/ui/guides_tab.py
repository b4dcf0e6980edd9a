"""The Guides tab: the list of guides (red flags pinned first), search, and the text of one guide.

Links in a guide open another guide, ask the window for the quick log or a reminder's settings, or (only
when clicked) open a web page in the person's browser. Reading size is kept in the settings. Guides are read
in the interface's language where translated; an English one shown instead says so above its text.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QHideEvent,
    QKeySequence,
    QPagedPaintDevice,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.guides import (
    CLOSING,
    EXTERNAL_MARK,
    RED_FLAGS,
    SOURCE_LANGUAGE,
    SOURCES_HEADING,
    Guide,
    GuideLibrary,
    GuideWords,
    LinkKind,
    emergency_phrase,
    emergency_words,
    parse_link,
    render_markdown,
)
from cvi_companion.domain.settings import GUIDE_ZOOM_MAX, GUIDE_ZOOM_MIN
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.guide_files import load_guides
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.guides_links import link_hint
from cvi_companion.ui.guides_search import GuideSearch
from cvi_companion.ui.guides_tools import GuideTools, ask_pdf_path, ask_print, print_paper, save_paper
from cvi_companion.ui.guides_view import GuideView
from cvi_companion.ui.i18n import label
from cvi_companion.ui.locale_text import day_text, say_local, system_territory

SAVE_ZOOM_AFTER_MS = 500
# The guide list's first width, in average characters of the interface font (so it grows with larger
# text), and the largest share of the tab it may take then: the guide itself needs the room more.
LIST_WIDTH_CHARS = 44
LIST_MAX_SHARE = 0.45


def interface_language(locale: QLocale | None = None) -> str:
    """The language code of the interface ("de"), from the locale in effect; "en" for the C locale."""
    name = (locale or QLocale()).name()
    code = name.split("_", 1)[0].lower()
    return SOURCE_LANGUAGE if code in ("", "c") else code


class GuidesTab(QWidget):
    """Read the guides. Signals ask the window for things the tab does not own."""

    quick_log_requested = Signal()
    reminder_settings_requested = Signal(str)

    def __init__(
        self,
        settings: SettingsService | None = None,
        library: GuideLibrary | None = None,
        territory: str | None = None,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidesTab")
        self._settings = settings
        self.language = language if language is not None else interface_language()
        self._library = library if library is not None else load_guides(self.language)
        self._territory = territory if territory is not None else system_territory()
        self._history: list[str] = []
        self._position = -1
        self.current_id: str | None = None
        saved = settings.settings.guide_zoom if settings is not None else 0
        self.zoom = max(GUIDE_ZOOM_MIN, min(GUIDE_ZOOM_MAX, saved))

        self.search = GuideSearch(
            self, self._library, current=lambda: self.current_id, open_guide=self.open_guide, read=self._read
        )
        self.search_field, self.results_label = self.search.field, self.search.results_label
        self.guide_list = self.search.guide_list

        self.tools = GuideTools(
            self,
            back=self.back,
            forward=self.forward,
            smaller=self.zoom_out,
            larger=self.zoom_in,
            print_guide=self.print_guide,
            save_pdf=self.ask_pdf,
        )
        # Kept on the tab, where the window and the tests reach them.
        self.back_button, self.forward_button = self.tools.back_button, self.tools.forward_button
        self.smaller_button, self.larger_button = self.tools.smaller_button, self.tools.larger_button
        self.print_button, self.pdf_button = self.tools.print_button, self.tools.pdf_button
        self.more_button = self.tools.more_button
        self.print_action, self.pdf_action = self.tools.print_action, self.tools.pdf_action

        self.view = GuideView(self)
        self.view.anchorClicked.connect(self.follow_link)
        self.view.highlighted.connect(self._hovered)
        self.view.zoom_step.connect(lambda step: self.set_zoom(self.zoom + step))
        self.view.set_zoom(self.zoom)
        self.link_status = QLabel(self)
        self.link_status.setObjectName("linkStatus")
        self.link_status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.link_status.setContentsMargins(4, 0, 4, 0)
        self.fallback_note = QLabel(self)
        self.fallback_note.setObjectName("guideLanguageNote")
        self.fallback_note.setWordWrap(True)
        self.fallback_note.setContentsMargins(4, 0, 4, 4)
        self.fallback_note.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        margins = left_layout.contentsMargins()
        self._list_margins = margins.left() + margins.right()
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.results_label)
        left_layout.addWidget(self.guide_list, 1)
        right = QWidget(self)
        tools = self.tools.row(right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 4)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.fallback_note)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.link_status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 790])
        # Sized again from the font at each new size and text size (resizeEvent), until moved by hand.
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._split_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # Window-wide, but only while this tab is showing: Qt ignores the shortcuts of hidden widgets.
        self._shortcut(self.tr("Find in the guides"), [QKeySequence.StandardKey.Find], self.focus_search)
        self._shortcut(self.tr("Back"), ["Alt+Left"], self.back)
        self._shortcut(self.tr("Forward"), ["Alt+Right"], self.forward)
        self._shortcut(self.tr("Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], self.zoom_in)
        self._shortcut(self.tr("Smaller text"), [QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        self._shortcut(self.tr("Normal text size"), ["Ctrl+0"], lambda: self.set_zoom(0))

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_ZOOM_AFTER_MS)
        self._save_timer.timeout.connect(self.save_zoom)

        self.search.fill_with_guides()
        self._update_buttons()
        if self._library.guides:
            self.open_guide(self._library.guides[0].id)
        elif self._library.problems:
            self.view.setPlainText("\n".join(str(p) for p in self._library.problems))

    def _shortcut(self, name: str, keys: list[QKeySequence.StandardKey | str], slot: object) -> QAction:
        action = QAction(name, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def library(self) -> GuideLibrary:
        """The guides this tab shows."""
        return self._library

    # -- opening guides ------------------------------------------------------------------------------------

    def open_guide(self, guide_id: str, highlight: tuple[str, ...] = (), *, record: bool = True) -> bool:
        """Show a guide by id, marking every hit of `highlight`; False (and a note) if there is no such guide."""
        guide = self._library.get(guide_id)
        if guide is None:
            self.link_status.setText(self.tr("There is no guide called “{guide}”.").format(guide=guide_id))
            return False
        if record and (self._position < 0 or self._history[self._position] != guide_id):
            del self._history[self._position + 1 :]
            self._history.append(guide_id)
            self._position = len(self._history) - 1
        self.current_id = guide_id
        self.view.show_markdown(self.markdown(guide), highlight)
        fallback = guide.language != self.language
        self.fallback_note.setText(self.fallback_text() if fallback else "")
        self.fallback_note.setVisible(fallback)
        self.view.setAccessibleDescription(self.fallback_text() if fallback else "")
        self.guide_list.select_id(guide_id)
        self.link_status.clear()
        self._update_buttons()
        return True

    def fallback_text(self) -> str:
        """What the note above an English guide says when the interface is in another language."""
        name = QLocale(self.language).nativeLanguageName() or self.language
        return self.tr("This guide is not available in {language} yet; here is the English version.").format(
            language=name
        )

    def guide_words(self, guide: Guide) -> GuideWords:
        """What the app adds around a guide, in the interface's language (the guide's own text stays as written)."""
        emergency = say_local(emergency_words(self._territory))
        translated = guide.language == self.language
        return GuideWords(
            closing=label("Guides", CLOSING),
            sources=label("Guides", SOURCES_HEADING),
            external_mark=label("Guides", EXTERNAL_MARK),
            emergency=emergency,
            # In a guide shown in English, its own sentences keep saying it in English.
            body_emergency=emergency if translated else emergency_phrase(self._territory),
            reviewed=day_text(guide.reviewed, with_year=True, long_month=True),
        )

    def markdown(self, guide: Guide) -> str:
        """A guide as Markdown, with the app's words in the interface's language."""
        return render_markdown(guide, self._territory, self.guide_words(guide))

    def show_red_flags(self) -> bool:
        """Show the red flags guide."""
        return self.open_guide(RED_FLAGS)

    def back(self) -> None:
        """Show the guide read before this one."""
        if self._position > 0:
            self._position -= 1
            self.open_guide(self._history[self._position], record=False)

    def forward(self) -> None:
        """Show the guide left with Back."""
        if self._position + 1 < len(self._history):
            self._position += 1
            self.open_guide(self._history[self._position], record=False)

    def _update_buttons(self) -> None:
        self.tools.set_enabled(
            back=self._position > 0,
            forward=self._position + 1 < len(self._history),
            smaller=self.zoom > GUIDE_ZOOM_MIN,
            larger=self.zoom < GUIDE_ZOOM_MAX,
            paper=self.current_id is not None,
        )

    def follow_link(self, url: QUrl) -> None:
        """What a click on a link does: another guide, an app action, or a web page in the browser."""
        link = parse_link(url.toString())
        if link.kind is LinkKind.GUIDE:
            self.open_guide(link.target)
        elif link.kind is LinkKind.QUICK_LOG:
            self.quick_log_requested.emit()
        elif link.kind is LinkKind.REMINDER:
            self.reminder_settings_requested.emit(link.target)
        elif link.kind is LinkKind.EXTERNAL:
            QDesktopServices.openUrl(QUrl(link.target))

    def _hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            self.link_status.clear()
            return
        self.link_status.setText(link_hint(url.toString(), self._library))

    # -- list and search -----------------------------------------------------------------------------------

    def _read(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        """Put the keyboard in the search field, its text selected to type over."""
        self.search.focus()

    def search_for(self, query: str) -> list[str]:
        """Search as if typed; returns the ids of the guides found, best first."""
        return self.search.search_for(query)

    # -- reading size --------------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        """Larger text."""
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        """Smaller text."""
        self.set_zoom(self.zoom - 1)

    def set_zoom(self, steps: int) -> None:
        """Set the reading size (0 is normal); it is saved shortly after the last change."""
        steps = max(GUIDE_ZOOM_MIN, min(GUIDE_ZOOM_MAX, steps))
        if steps == self.zoom:
            return
        self.zoom = steps
        self.view.set_zoom(steps)
        self._update_buttons()
        if self._settings is not None:
            self._save_timer.start()

    def save_zoom(self) -> None:
        """Keep the reading size in the settings now (it is otherwise saved after a short pause)."""
        self._save_timer.stop()
        if self._settings is None or self._settings.settings.guide_zoom == self.zoom:
            return
        try:
            self._settings.save(replace(self._settings.settings, guide_zoom=self.zoom))
        except StorageError as error:
            self.link_status.setText(
                self.tr("The reading size could not be saved: {problem}").format(problem=error_text(error))
            )

    # -- layout --------------------------------------------------------------------------------------------

    def list_width(self, total: int | None = None) -> int:
        """The guide list's first width: LIST_WIDTH_CHARS average characters, at most LIST_MAX_SHARE of `total`."""
        total = self.splitter.width() if total is None else total
        wanted = self.guide_list.fontMetrics().averageCharWidth() * LIST_WIDTH_CHARS + self._list_margins
        return max(1, min(wanted, int(total * LIST_MAX_SHARE)))

    def _split(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the splitter at the tab's own size before it is measured
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        left = self.list_width(total)
        self.splitter.setSizes([left, total - left])

    @property
    def compact_tools(self) -> bool:
        """Whether Print and PDF are in the More menu, the guide's side being too narrow for the whole row."""
        return self.tools.compact

    def _split_moved(self, _position: int, _index: int) -> None:
        self._split_by_hand = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At each new size (the first real one too) the list takes its width from the font, until moved by hand."""
        super().resizeEvent(event)
        if not self._split_by_hand:
            self._split()

    def changeEvent(self, event: QEvent) -> None:
        """Larger or smaller text (Settings) widens or narrows the list, unless it was moved by hand."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._split_by_hand:
            self._split()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab (or closing the window) saves a pending reading size at once."""
        if self._save_timer.isActive():
            self.save_zoom()
        super().hideEvent(event)

    # -- paper ---------------------------------------------------------------------------------------------

    def _paper_markdown(self) -> tuple[str, str] | None:
        guide = self._library.get(self.current_id or "")
        if guide is None:
            return None
        return self.markdown(guide), guide.title

    def print_to(self, device: QPagedPaintDevice) -> None:
        """Lay the current guide out on paper-like `device` (a QPrinter or QPdfWriter) and print it."""
        print_paper(self._paper_markdown(), device)

    def print_guide(self) -> None:
        """Ask for a printer and print the current guide."""
        ask_print(self, self.print_to)

    def save_pdf(self, path: str | Path) -> Path:
        """Write the current guide to a PDF file at `path` (A4, or Letter where that is the usual paper)."""
        return save_paper(self._paper_markdown(), path, self._territory)

    def ask_pdf(self) -> None:
        """Ask where to save the current guide as a PDF, then save it."""
        if self._paper_markdown() is not None and (path := ask_pdf_path(self, str(self.current_id))):
            self.save_pdf(path if path.lower().endswith(".pdf") else f"{path}.pdf")
            self.link_status.setText(self.tr("Saved to {path}").format(path=path))
