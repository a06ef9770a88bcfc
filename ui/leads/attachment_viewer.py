"""Attachments shown inside the application: PDFs through QtPdf from an in-memory
buffer, pictures through QImage.fromData, text as text. Nothing is written to disk
and no outside program is ever started. The file arrives a chunk at a time straight
into the one QByteArray the viewer shows (read_into_qt): it is in memory once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QWidget

from desktop.domain.leads import AttachmentInfo
from ui.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.app.ports import LeadsPort
    from desktop.domain.leads import AttachmentId


def read_into_qt(leads: LeadsPort, attachment_id: AttachmentId
                 ) -> tuple[AttachmentInfo, QByteArray]:
    """On the session's worker: the attachment's chunks appended to one QByteArray of
    its final size (a value, not a QObject: safe to make off the GUI thread)."""
    data = QByteArray()

    def sink_for(info: AttachmentInfo) -> Callable[[bytes], None]:
        data.reserve(info.size)
        return data.append

    return leads.read_attachment(attachment_id, sink_for), data


class AttachmentViewer(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setMinimumHeight(320)
        self.notice = QLabel(self.tr("Choose an attachment to show it here."))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.pdf = PdfPreview()
        self.image = QLabel()
        self.image.setObjectName("attachmentImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        for page in (self.notice, self.pdf, image_scroll, self.text):
            self.addWidget(page)
        self._image_page = image_scroll
        self.shown: AttachmentInfo | None = None

    def show_file(self, info: AttachmentInfo, content: QByteArray | bytes) -> None:
        self.clear()
        self.shown = info
        if info.media_type == "application/pdf":
            self.pdf.load_bytes(content)
            self.setCurrentWidget(self.pdf)
        elif info.media_type.startswith("image/"):
            picture = QImage.fromData(content)
            if picture.isNull():
                self._say(self.tr("This picture cannot be shown."))
                return
            self.image.setPixmap(QPixmap.fromImage(picture))
            self.setCurrentWidget(self._image_page)
        elif info.media_type == "text/plain":
            for encoding in ("utf-8", "gb18030"):
                try:
                    self.text.setPlainText(bytes(content).decode(encoding))
                    break
                except UnicodeDecodeError:
                    continue
            self.setCurrentWidget(self.text)
        else:
            self._say(self.tr(
                "Files of this type cannot be shown in LeadVault; they are never opened "
                "by another program on this computer."))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.setCurrentWidget(self.notice)

    @property
    def showing_pdf_pages(self) -> int:
        return self.pdf.page_count if self.currentWidget() is self.pdf else 0

    @property
    def showing_image(self) -> bool:
        pixmap = self.image.pixmap()
        return self.currentWidget() is self._image_page and not pixmap.isNull()

    def clear(self) -> None:
        """Forget the shown file's bytes (at close and before the next one)."""
        self.pdf.release()
        self.image.clear()
        self.text.clear()
        self.shown = None
        self.setCurrentWidget(self.notice)
