"""What the line under a guide says about the link the pointer is on, before it is clicked.

Texts are looked up under the "GuidesTab" context, as when they were written inside GuidesTab, so that the
catalogues keep their translations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cvi_companion.domain.guides import GuideLibrary, LinkKind, parse_link


def link_hint(url: str, library: GuideLibrary) -> str:
    """Where a link in a guide leads, naming a guide by its title."""
    link = parse_link(url)
    texts = {
        LinkKind.GUIDE: QCoreApplication.translate("GuidesTab", "Opens the guide “{target}”"),
        LinkKind.QUICK_LOG: QCoreApplication.translate("GuidesTab", "Opens the quick log"),
        LinkKind.REMINDER: QCoreApplication.translate("GuidesTab", "Opens the settings of the “{target}” reminder"),
        LinkKind.EXTERNAL: QCoreApplication.translate("GuidesTab", "Opens in your browser: {target}"),
        LinkKind.UNKNOWN: QCoreApplication.translate("GuidesTab", "This link does nothing: {target}"),
    }
    target = link.target
    if link.kind is LinkKind.GUIDE and (guide := library.get(target)) is not None:
        target = guide.title
    return texts[link.kind].format(target=target)
