"""The checkpoint witness sheet: one page whatever the summary holds, the facts an
outside witness compares with `audit verify`, and a QR that decodes to them."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from desktop.domain.witness_sheet import WitnessSheet
from printing.witness_sheet import render_witness_sheet

HEAD = "1cb05de41bc0becd894cc49948289bcb709da631c089a79d09e16839e5414430"


def _sheet(actions: int, origin: str = "") -> WitnessSheet:
    return WitnessSheet(
        unit_name="某某市人民检察院", unit_code="110000",
        vault_id="85360e6c-d94d-4ce2-97d9-1424b81422c0", checkpoint_number=12,
        record_seq=4821, record_hash="a904afe2" * 8, head_seq=4820, head_hash=HEAD,
        signed_at=datetime(2026, 12, 4, 18, 20, 5), signer_name="王检察长",
        signer_card="8D5DC751", signature_fingerprint="3f2a 9c01 77de 0b4e 5a6c 1d2e 8f90 aa11",
        envelope_id="0e989c62" * 8, roster_version=3, records_witnessed=57,
        by_action=tuple((f"操作{i}", i + 1) for i in range(actions)), identity_views=2,
        reason="refound" if origin else "unlock", origin=origin,
    )


def test_one_page_with_every_fact_and_a_readable_qr(tmp_path: Path) -> None:
    refounded = _sheet(40, origin=f"6a1f0e6c-d94d-4ce2-97d9-1424b81422c0 4803:{HEAD}")
    for sheet in (_sheet(0), refounded):
        pdf = render_witness_sheet(sheet)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text().replace("\n", "")
        for fact in ("审计链检查点见证单", "第 12 号", "4820:", "8D5DC751", "3f2a 9c01",
                     "见证人"):
            assert fact in text, fact
        (tmp_path / "s.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "s.pdf"),
                        str(tmp_path / "p")], check=True)
        decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "p-1.png")],
                                 capture_output=True, text=True, check=True).stdout.strip()
        assert decoded == sheet.qr_payload
    many = PdfReader(io.BytesIO(render_witness_sheet(_sheet(40)))).pages[0].extract_text()
    assert "其他操作" in many  # past the first eleven, the rest are counted together
