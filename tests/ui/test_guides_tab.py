"""The Guides tab: rendering, links, history, search highlights, reading size, paper, and its neighbours."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QTextBrowser

from cvi_companion.domain.guides import RED_FLAGS, images
from cvi_companion.domain.reminder_schedule import occurrences
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.settings import GUIDE_ZOOM_MAX, settings_from_mapping
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.guide_files import load_guides
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.ui.guides_list import URGENT_ROLE
from cvi_companion.ui.guides_tab import GuidesTab
from cvi_companion.ui.guides_view import highlight_format
from cvi_companion.ui.main_window import MainWindow
from cvi_companion.ui.night_style import luminance, night_palette
from cvi_companion.ui.quick_log_dialog import QuickLogDialog
from cvi_companion.ui.reminder_window import ReminderWindow

GUIDES = [guide.id for guide in load_guides().guides]


@pytest.fixture
def tab(qtbot, settings_service):
    widget = GuidesTab(settings_service, territory="GB")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    attempts: list[object] = []

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def click_text(qtbot, view: QTextBrowser, text: str) -> None:
    """Click the middle of the first place `text` appears in the view (scrolled into sight first)."""
    found = view.document().find(text)
    assert not found.isNull(), text
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(middle).center())


def hits_in(view: QTextBrowser, word: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(word), view.document().toPlainText(), re.IGNORECASE))


# -- reading -------------------------------------------------------------------------------------------------


def test_every_guide_renders_and_its_pictures_load(tab, no_network):
    """Qt warnings fail the test (pytest-qt's log level), so this also checks that nothing warns."""
    seen_pictures = 0
    for guide in load_guides().guides:
        assert tab.open_guide(guide.id)
        tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().maximum())
        assert not tab.view.grab().isNull()
        document = tab.view.document()
        assert document.toPlainText().startswith(guide.title)
        assert "[S" not in document.toPlainText()
        for _line, href in images(guide):
            picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(href))
            assert isinstance(picture, QImage), href
            assert not picture.isNull(), href
            seen_pictures += 1
    assert seen_pictures >= 5
    assert no_network == []


def test_the_guide_ends_with_sources_and_the_closing_box(tab):
    tab.open_guide("leg-elevation")
    text = tab.view.document().toPlainText()
    assert "Sources" in text
    assert "(opens in your browser)" in text
    assert "In an emergency call your local emergency number (999 or 112 in the UK)." in text
    assert text.rstrip().endswith("Last reviewed: 23 November 2026.")
    # The closing box is a framed box, not an indented quote.
    frames = [f for f in tab.view.document().rootFrame().childFrames() if f.frameFormat().border() > 0]
    assert frames


def test_red_flags_are_pinned_first_and_marked(tab):
    assert tab.guide_list.ids() == GUIDES
    assert GUIDES[0] == RED_FLAGS
    first = tab.guide_list.item(0)
    assert first.data(URGENT_ROLE)
    assert not any(tab.guide_list.item(row).data(URGENT_ROLE) for row in range(1, tab.guide_list.count()))
    assert first.toolTip() == load_guides().guides[0].summary
    assert tab.current_id == RED_FLAGS
    assert tab.guide_list.currentRow() == 0


def test_choosing_a_guide_in_the_list_opens_it(qtbot, tab):
    row = GUIDES.index("night-cramps-now")
    tab.guide_list.setCurrentRow(row)
    assert tab.current_id == "night-cramps-now"
    assert tab.view.document().toPlainText().startswith("Night leg cramps: what to do in the moment")


def test_clicking_a_guide_link_opens_that_guide_and_back_and_forward_return(qtbot, tab):
    tab.open_guide("leg-elevation")
    click_text(qtbot, tab.view, "is compression safe for me?")
    assert tab.current_id == "compression-safety"
    assert tab.back_button.isEnabled()
    assert not tab.forward_button.isEnabled()
    qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    assert tab.current_id == "leg-elevation"
    assert tab.forward_button.isEnabled()
    qtbot.mouseClick(tab.forward_button, Qt.MouseButton.LeftButton)
    assert tab.current_id == "compression-safety"
    # Opening another guide after going back drops the forward history, as in a browser.
    tab.back()
    tab.open_guide("cvi-basics")
    assert not tab.forward_button.isEnabled()
    tab.back()
    assert tab.current_id == "leg-elevation"


def test_alt_left_and_alt_right_go_back_and_forward(qtbot, tab):
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.open_guide("leg-elevation")
    tab.open_guide("walking-and-exercises")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.current_id == "leg-elevation"
    qtbot.keyClick(tab.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.current_id == "walking-and-exercises"


def test_app_links_ask_the_window(qtbot, tab):
    with qtbot.waitSignal(tab.quick_log_requested, timeout=1000):
        tab.follow_link(QUrl("app:quick-log"))
    with qtbot.waitSignal(tab.reminder_settings_requested, timeout=1000) as blocker:
        tab.follow_link(QUrl("app:reminders/walking"))
    assert blocker.args == ["walking"]
    tab.follow_link(QUrl("app:guide/cvi-basics"))
    assert tab.current_id == "cvi-basics"


def test_the_quick_log_link_in_a_guide_emits_when_clicked(qtbot, tab):
    tab.open_guide("night-cramps-now")
    with qtbot.waitSignal(tab.quick_log_requested, timeout=1000):
        click_text(qtbot, tab.view, "log it when it has passed")


def test_a_web_page_opens_in_the_browser_only_when_clicked(qtbot, tab, monkeypatch, no_network):
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    for guide_id in GUIDES:
        tab.open_guide(guide_id)
        tab.view.grab()
    assert opened == []
    tab.open_guide("leg-elevation")
    click_text(qtbot, tab.view, "allinahealth.org")
    assert [url.toString() for url in opened] == [
        "https://www.allinahealth.org/health-conditions-and-treatments/vascular-services/"
        "care-for-venous-insufficiency-disease"
    ]
    assert no_network == []


def test_hovering_a_link_says_where_it_goes(tab):
    tab.view.highlighted.emit(QUrl("https://www.nhs.uk/"))
    assert tab.link_status.text() == "Opens in your browser: https://www.nhs.uk/"
    tab.view.highlighted.emit(QUrl("red-flags.md"))
    assert tab.link_status.text() == "Opens the guide “Red flags: get help now”"
    tab.view.highlighted.emit(QUrl())
    assert tab.link_status.text() == ""


def test_an_unknown_guide_is_refused_politely(tab):
    assert not tab.open_guide("no-such-guide")
    assert tab.current_id == RED_FLAGS
    assert "no-such-guide" in tab.link_status.text()


# -- search --------------------------------------------------------------------------------------------------


def test_search_lists_results_and_opening_one_highlights_every_hit(qtbot, tab, no_network):
    found = tab.search_for("stockings")
    assert found[0] == "compression-stockings"
    assert tab.results_label.isVisible()
    assert "guides found" in tab.results_label.text()
    tab.guide_list.setCurrentRow(0)
    assert tab.current_id == "compression-stockings"
    marked = tab.view.extraSelections()
    assert len(marked) == hits_in(tab.view, "stockings") > 10
    assert all(s.cursor.selectedText().lower().startswith("stocking") for s in marked)
    # Leaving the search shows every guide again; a guide opened from the list is not marked.
    tab.search_for("")
    assert tab.guide_list.ids() == GUIDES
    tab.guide_list.setCurrentRow(GUIDES.index("cvi-basics"))
    assert tab.view.extraSelections() == []
    assert no_network == []


def test_enter_in_the_search_field_opens_the_best_result(qtbot, tab):
    tab.search_field.setText("quinine platelet")
    qtbot.keyClick(tab.search_field, Qt.Key.Key_Return)
    assert tab.current_id == "medicines-and-cramps"
    assert len(tab.view.extraSelections()) == hits_in(tab.view, "quinine") + hits_in(tab.view, "platelet")


def test_a_search_without_results_says_so(tab):
    assert tab.search_for("xylophone") == []
    assert tab.results_label.text() == "No guide contains all of these words."


def test_ctrl_f_puts_the_keyboard_in_the_search_field(qtbot, tab):
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search_field


def test_highlights_are_readable_by_day_and_at_night():
    for palette in (QApplication.palette(), night_palette()):
        fmt = highlight_format(palette)
        contrast = abs(luminance(fmt.foreground().color()) - luminance(fmt.background().color()))
        assert contrast > 100


def test_at_night_the_guide_is_laid_out_again_with_its_highlights(tab):
    tab.search_for("stockings")
    tab.guide_list.setCurrentRow(0)
    count = len(tab.view.extraSelections())
    tab.setPalette(night_palette())
    assert len(tab.view.extraSelections()) == count
    assert tab.view.extraSelections()[0].format.background().color() == highlight_format(night_palette()).background()


# -- reading size --------------------------------------------------------------------------------------------


def test_the_reading_size_is_remembered_in_the_settings(qtbot, tab, settings_service, app_paths):
    normal = tab.view.font().pointSizeF()
    tab.zoom_in()
    tab.zoom_in()
    assert tab.view.font().pointSizeF() > normal
    qtbot.waitUntil(lambda: settings_service.settings.guide_zoom == 2, timeout=3000)
    again = GuidesTab(settings_service)
    qtbot.addWidget(again)
    assert again.zoom == 2
    assert again.view.font().pointSizeF() == pytest.approx(tab.view.font().pointSizeF())
    # And from the file, as after a restart.
    assert SettingsService(SettingsStore(app_paths.settings_path)).settings.guide_zoom == 2


def test_zoom_keys_and_limits(qtbot, tab, settings_service):
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom == 1
    qtbot.keyClick(tab.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom == -1
    qtbot.keyClick(tab.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom == 0
    for _ in range(40):
        tab.zoom_out()
    assert not tab.smaller_button.isEnabled()
    tab.save_zoom()
    assert settings_service.settings.guide_zoom == tab.zoom < 0


def test_a_zoom_from_a_settings_file_is_read_leniently(qtbot, settings_service):
    settings_service.save(replace(settings_service.settings, guide_zoom=99))
    widget = GuidesTab(settings_service)
    qtbot.addWidget(widget)
    assert widget.zoom == GUIDE_ZOOM_MAX
    assert settings_from_mapping({"guide_zoom": 99}).settings.guide_zoom == GUIDE_ZOOM_MAX
    read = settings_from_mapping({"guide_zoom": "big"})
    assert read.settings.guide_zoom == 0
    assert read.problems


# -- paper ---------------------------------------------------------------------------------------------------


def test_save_as_pdf_writes_the_guide(tab, tmp_path):
    tab.open_guide("leg-elevation")
    path = tab.save_pdf(tmp_path / "guide.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        assert len(data) > 20_000
        return
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Leg elevation that works" in text
    assert "Last reviewed: 23 November 2026" in " ".join(text.split())


def test_printing_goes_through_qt_print_support(tab, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    tab.open_guide(RED_FLAGS)
    tab.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_every_control_has_an_accessible_name(tab):
    controls = [
        *tab.findChildren(QAbstractButton),
        *tab.findChildren(QLineEdit),
        *tab.findChildren(QListWidget),
        *tab.findChildren(QTextBrowser),
    ]
    assert len(controls) >= 9
    for control in controls:
        if control.parent() is tab.search_field:
            continue  # the line edit's own clear button
        assert control.accessibleName(), control.objectName() or type(control).__name__


# -- the reminder window and the main window -----------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_why_in_the_reminder_window_asks_for_the_guide_of_its_kind(qtbot, reminders):
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    plan = reminders.plan
    for rule in plan.rules:
        plan = plan.with_rule(type(rule)(rule.kind, True, rule.schedule, rule.activity_s))
    start = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    found = occurrences(plan, start, start + timedelta(days=2), reminders.clock.tz)
    due = next(o for o in found if o.kind is ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    assert window.why_button.isVisible()
    assert window.why_button.accessibleName()
    assert window.why_button.text() == "&Why?"
    with qtbot.waitSignal(window.why_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.why_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["leg-elevation"]
    assert window.current is not None  # asking why does not answer the reminder


@pytest.fixture
def main_window(qtbot, service, reminders, settings_service):
    window = MainWindow(service, reminders, settings_service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_guides_tab_is_built_only_when_first_shown(main_window):
    assert main_window.tabs.tabText(2) == "Guides"
    assert main_window._guides_holder._content is None
    main_window.tabs.setCurrentIndex(2)
    assert main_window._guides_holder._content is not None


def test_the_red_flags_button_opens_red_flags_from_anywhere(qtbot, main_window):
    main_window.open_guide("leg-elevation")
    main_window.tabs.setCurrentWidget(main_window.log_tab)
    qtbot.mouseClick(main_window.red_flags_button, Qt.MouseButton.LeftButton)
    assert main_window.tabs.currentIndex() == 2
    assert main_window.guides_tab.current_id == RED_FLAGS
    # From the top, title first, even though the tab was built and filled before it had its size.
    assert main_window.guides_tab.view.verticalScrollBar().value() == 0
    assert main_window.red_flags_button.accessibleName() == "Red flags: get help now"
    assert main_window.red_flags_button.text() == "Red &flags: get help now"


def test_main_window_open_guide(main_window):
    assert main_window.open_guide("compression-stockings")
    assert main_window.tabs.currentIndex() == 2
    assert main_window.guides_tab.current_id == "compression-stockings"
    assert not main_window.open_guide("nope")


def test_a_reminder_link_shows_that_reminders_settings(qtbot, main_window):
    main_window.open_guide("walking-and-exercises")
    main_window.guides_tab.follow_link(QUrl("app:reminders/walking"))
    assert main_window.tabs.currentIndex() == 1
    box = main_window.reminders_tab.boxes[ReminderKind.WALKING]
    assert box.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_quick_log_link_opens_the_quick_log(qtbot, main_window):
    main_window.open_guide("night-cramps-now")
    main_window.guides_tab.follow_link(QUrl("app:quick-log"))
    dialog = main_window.findChild(QuickLogDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert main_window.tabs.currentWidget() is main_window.log_tab
    dialog.reject()


def test_save_as_pdf_asks_where_and_adds_the_extension(tab, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def ask(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "my-guide"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    tab.open_guide("leg-elevation")
    tab.pdf_button.click()
    assert asked[0].endswith("leg-elevation.pdf")
    assert (tmp_path / "my-guide.pdf").read_bytes().startswith(b"%PDF")
    assert "my-guide" in tab.link_status.text()


def test_print_asks_for_a_printer_then_prints(tab, tmp_path, monkeypatch):
    from PySide6 import QtPrintSupport

    target = tmp_path / "printed.pdf"

    class ChosenPrinter:
        """Stands in for the print dialog: the person picks "print to file"."""

        def __init__(self, printer, _parent):
            printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, _title):
            pass

        def exec(self):
            return 1

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", ChosenPrinter)
    tab.open_guide("walking-and-exercises")
    tab.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_the_tab_has_unique_mnemonics_and_names_every_focusable_widget(tab):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    tab.show()
    letters = mnemonics(tab)
    assert len(letters) >= 4
    assert duplicates(letters) == [], letters
    assert unnamed_focusable(tab) == []


def _guide(title: str) -> str:
    return (
        f"---\ntitle: {title}\nsummary: One line.\norder: 1\nreviewed: 2026-11-23\n"
        "source: S1 | NHS | One | https://example.org/one\n---\n\nText [S1]. Call {{emergency}}.\n"
    )


@pytest.fixture
def guide_resources(tmp_path, monkeypatch):
    """A resources folder with two English guides, one of them also in German."""
    from cvi_companion.storage import assets

    for language, name, title in (("en", "aa", "First"), ("en", "bb", "Second"), ("de", "aa", "Erster")):
        folder = tmp_path / "guides" / language
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.md").write_text(_guide(title), encoding="utf-8")
    monkeypatch.setattr(assets, "root", lambda: tmp_path)
    load_guides.cache_clear()
    yield tmp_path
    load_guides.cache_clear()


def test_guides_are_read_in_the_interface_language_or_say_they_are_english(qtbot, settings_service, guide_resources):
    widget = GuidesTab(settings_service, territory="DE", language="de")
    qtbot.addWidget(widget)
    assert [(g.id, g.title, g.language) for g in widget.library.guides] == [
        ("aa", "Erster", "de"),
        ("bb", "Second", "en"),
    ]
    widget.open_guide("aa")
    assert widget.fallback_note.isHidden()
    widget.open_guide("bb")
    assert not widget.fallback_note.isHidden()
    # Said in the interface's language (English here, with no catalogue installed), naming the language.
    assert widget.fallback_note.text() == "This guide is not available in Deutsch yet; here is the English version."
    assert widget.view.accessibleDescription() == widget.fallback_note.text()
    # The English text keeps English words for the emergency; the app's box says where the person is.
    assert "your local emergency number (112 in Germany)" in widget.view.toPlainText()
    english = GuidesTab(settings_service, territory="DE", language="en")
    qtbot.addWidget(english)
    assert [g.title for g in english.library.guides] == ["First", "Second"]
    english.open_guide("bb")
    assert english.fallback_note.isHidden()


PICTURES = sorted({href for guide in load_guides().guides for _line, href in images(guide)})


@pytest.mark.parametrize("name", PICTURES)
def test_at_night_a_picture_lies_on_the_page_and_is_nowhere_brighter_than_the_text(qapp, name):
    from cvi_companion.storage.guide_files import read_image
    from cvi_companion.ui.appearance import contrast_ratio, relative_luminance
    from cvi_companion.ui.guides_view import svg_image

    palette = night_palette()
    image = svg_image(read_image(name), 1.0, dim=palette).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    text = relative_luminance(palette.color(palette.ColorRole.Text))
    base = palette.color(palette.ColorRole.Base)
    pixels = [image.pixelColor(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
    assert max(relative_luminance(colour) for colour in pixels) <= text + 1e-6
    # On the page's own colour (no grey card) ...
    assert image.pixelColor(0, 0) == base
    # ... and still legible: a good part of the drawing stands out from the page at 3:1 or more.
    standing_out = sum(1 for colour in pixels if contrast_ratio(colour, base) >= 3)
    assert standing_out > len(pixels) * 0.05


def test_the_first_guide_opens_at_its_top_when_the_tab_is_first_shown(qtbot, main_window):
    main_window.resize(1120, 680)
    main_window.tabs.setCurrentIndex(2)
    view = main_window.guides_tab.view
    for _ in range(5):
        QApplication.processEvents()
    assert view.verticalScrollBar().value() == 0
    # The title is in sight: the first block lies at the top of the viewport.
    title = view.cursorRect(QTextCursor(view.document()))
    assert 0 <= title.top() < view.viewport().height() // 4
    # Scrolled by hand, then the red flags button: the guide opens at its top again, title first.
    view.verticalScrollBar().triggerAction(view.verticalScrollBar().SliderAction.SliderPageStepAdd)
    assert view.verticalScrollBar().value() > 0
    main_window.tabs.setCurrentWidget(main_window.log_tab)
    qtbot.mouseClick(main_window.red_flags_button, Qt.MouseButton.LeftButton)
    for _ in range(5):
        QApplication.processEvents()
    assert view.verticalScrollBar().value() == 0


def test_a_guide_scrolled_by_hand_stays_where_it_was_when_the_window_is_resized(qtbot, tab):
    bar = tab.view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    where = bar.value()
    assert where > 0
    tab.resize(tab.width() - 40, tab.height())
    QApplication.processEvents()
    assert bar.value() > 0


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_guide_list_is_as_wide_as_the_font_needs_within_the_window(qtbot, settings_service, scale):
    from cvi_companion.ui.guides_tab import LIST_MAX_SHARE, LIST_WIDTH_CHARS

    widget = GuidesTab(settings_service, territory="GB")
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    qtbot.addWidget(widget)
    widget.resize(1800, 700)  # room for the guide's tool row too, which at 200 % needs some 900 px
    widget.show()
    qtbot.waitExposed(widget)
    width = widget.splitter.sizes()[0]
    wanted = widget.guide_list.fontMetrics().averageCharWidth() * LIST_WIDTH_CHARS
    assert width >= min(wanted, int(widget.splitter.width() * LIST_MAX_SHARE) - 1)
    assert width <= widget.splitter.width() * LIST_MAX_SHARE + 1
    if scale == 2.0:
        assert width > 330  # the old fixed width, which wrapped titles a word per line at 200 %
    # In a narrow window the guide keeps most of the room.
    narrow = GuidesTab(settings_service, territory="GB")
    narrow.setFont(font)
    qtbot.addWidget(narrow)
    narrow.resize(700, 500)
    narrow.show()
    qtbot.waitExposed(narrow)
    assert narrow.splitter.sizes()[0] <= 700 * LIST_MAX_SHARE + 1
