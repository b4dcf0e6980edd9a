"""The Guides tab's search: the field, the line saying what it found, and the guide list it fills.

Texts are looked up under the "GuidesTab" context, as when they were written inside GuidesTab, so that the
catalogues keep their translations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QWidget

from cvi_companion.domain.guide_search import query_words, search
from cvi_companion.domain.guides import RED_FLAGS, GuideLibrary
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.guides_list import ID_ROLE, GuideList


class GuideSearch(QObject):
    """Lists every guide (red flags marked), or the guides a search finds; choosing one opens it."""

    def __init__(
        self,
        tab: QWidget,
        library: GuideLibrary,
        *,
        current: Callable[[], str | None],
        open_guide: Callable[[str, tuple[str, ...]], object],
        read: Callable[[], None],
    ) -> None:
        super().__init__(tab)
        self._library = library
        self._current = current
        self._open_guide = open_guide
        self._read = read
        self.field = QLineEdit(tab)
        self.field.setObjectName("guideSearch")
        self.field.setPlaceholderText(QCoreApplication.translate("GuidesTab", "Search the guides (Ctrl+F)"))
        self.field.setAccessibleName(QCoreApplication.translate("GuidesTab", "Search the guides"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._open_first_result)
        self.results_label = QLabel(tab)
        self.results_label.setObjectName("searchResults")
        self.results_label.setWordWrap(True)
        self.results_label.hide()
        self.guide_list = GuideList(tab)
        self.guide_list.currentItemChanged.connect(self._list_choice)
        self.guide_list.itemActivated.connect(self._read_from_list)

    def fill_with_guides(self) -> None:
        """List every guide, the one shown selected."""
        self.guide_list.blockSignals(True)
        self.guide_list.clear()
        for guide in self._library.guides:
            self.guide_list.add(guide.id, guide.title, guide.summary, guide.summary, urgent=guide.id == RED_FLAGS)
        self.guide_list.blockSignals(False)
        self.guide_list.select_id(self._current())

    def _search(self, query: str) -> None:
        words = query_words(query)
        if not words:
            self.results_label.hide()
            self.fill_with_guides()
            return
        hits = search(self._library.guides, query)
        self.guide_list.blockSignals(True)
        self.guide_list.clear()
        for hit in hits:
            self.guide_list.add(hit.guide.id, hit.guide.title, hit.snippet, hit.guide.summary)
        self.guide_list.blockSignals(False)
        self.guide_list.setCurrentRow(-1)
        if hits:
            found = QCoreApplication.translate("GuidesTab", "%n guide(s) found. Enter opens the first.", "", len(hits))
            self.results_label.setText(plural(found, len(hits)))
        else:
            self.results_label.setText(QCoreApplication.translate("GuidesTab", "No guide contains all of these words."))
        self.results_label.show()

    def _list_choice(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._open_guide(str(item.data(ID_ROLE)), query_words(self.field.text()))

    def _read_from_list(self, _item: QListWidgetItem) -> None:
        # Enter (or a double click) on a guide moves the keyboard to its text, ready to scroll.
        self._read()

    def _open_first_result(self) -> None:
        if self.guide_list.count() and query_words(self.field.text()):
            self.guide_list.setCurrentRow(0)
            self._read()

    def focus(self) -> None:
        """Put the keyboard in the search field, its text selected to type over."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search_for(self, query: str) -> list[str]:
        """Search as if typed; returns the ids of the guides found, best first."""
        self.field.setText(query)
        return self.guide_list.ids() if query_words(query) else []
