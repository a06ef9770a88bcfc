"""Render every layout with the sample data to docs/printing/<layout>.png (~100 dpi).

Run: .venv/bin/python -m bench.render_docs_pngs
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench import sample_printables as s
from printing.cover_sheet import render_cover_sheet
from printing.informant_forms import (
    render_envelope_label,
    render_reply_letter,
    render_reply_record,
    render_rights_notice,
)
from printing.internal_forms import render_investigation_assignment, render_repeat_report_notice
from printing.labels import render_bag_labels, render_seal_labels
from printing.leads_register import render_leads_register
from printing.recovery_sheet import render_recovery_sheet
from printing.register import render_bag_register
from printing.visit_forms import render_items_received, render_visit_transcript

OUT = Path(__file__).resolve().parent.parent / "docs" / "printing"

LAYOUTS: dict[str, Callable[[], bytes]] = {
    "cover_sheet": lambda: render_cover_sheet(s.cover_sheet()),
    "seal_labels": lambda: render_seal_labels(s.seal_labels()),
    "bag_labels": lambda: render_bag_labels(s.bag_labels()),
    "bag_register": lambda: render_bag_register(s.bag_register()),
    "recovery_sheet": lambda: render_recovery_sheet(s.recovery_sheet()),
    "visit_transcript": lambda: render_visit_transcript(s.visit_transcript()),
    "items_received": lambda: render_items_received(s.items_received()),
    "rights_notice": lambda: render_rights_notice(s.rights_notice()),
    "rights_notice_from_lead": lambda: render_rights_notice(s.rights_notice_from_lead()),
    "reply_record": lambda: render_reply_record(s.reply_record()),
    "reply_letter": lambda: render_reply_letter(s.reply_letter()),
    "envelope_label": lambda: render_envelope_label(s.envelope_label()),
    "repeat_report_notice": lambda: render_repeat_report_notice(s.repeat_report_notice()),
    "leads_register": lambda: render_leads_register(s.leads_register()),
    "investigation_assignment": lambda: render_investigation_assignment(
        s.investigation_assignment()
    ),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, render in LAYOUTS.items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(render())
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "100",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(OUT / name),
                ],
                check=True,
            )
            print(OUT / f"{name}.png")


if __name__ == "__main__":
    main()
