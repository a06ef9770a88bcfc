"""printing: every PDF LeadVault makes. Domain objects in, PDF bytes out; no
file or printer I/O (the ui previews the bytes with QtPdf and prints them).

Layouts (input dataclasses in desktop.domain.printables):
render_cover_sheet, render_seal_labels, render_bag_labels, render_bag_register,
render_recovery_sheet, render_visit_transcript, render_items_received,
render_rights_notice, render_reply_record, render_reply_letter,
render_envelope_label, render_repeat_report_notice, render_investigation_assignment.
Each raises desktop.domain.printables.UnprintableCharacters for text the
bundled font cannot draw.
"""

from printing.cover_sheet import render_cover_sheet
from printing.informant_forms import (
    render_envelope_label,
    render_reply_letter,
    render_reply_record,
    render_rights_notice,
)
from printing.internal_forms import render_investigation_assignment, render_repeat_report_notice
from printing.labels import render_bag_labels, render_seal_labels
from printing.recovery_sheet import render_recovery_sheet
from printing.register import render_bag_register
from printing.visit_forms import render_items_received, render_visit_transcript

__all__ = [
    "render_bag_labels",
    "render_bag_register",
    "render_cover_sheet",
    "render_envelope_label",
    "render_investigation_assignment",
    "render_items_received",
    "render_recovery_sheet",
    "render_repeat_report_notice",
    "render_reply_letter",
    "render_reply_record",
    "render_rights_notice",
    "render_seal_labels",
    "render_visit_transcript",
]
