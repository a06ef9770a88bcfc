"""The offline installation bundle (issue 13, DESIGN §10): built by
scripts/build-bundle.sh (downloads cached under /var/cache/leadvault-bundle), then
installed into a fresh virtualenv inside a network namespace with no network
(`unshare -n`), where `leadvault-admin --version` and the offscreen demo tour run
from it; a bundle with a changed file is refused and nothing is installed.

The Debian packages are installed by install.sh only when absent (dpkg -i); on a
machine set up by scripts/setup.sh they are all present, so here the test checks
that every runtime package is in the bundle and in its manifest, and that the
virtual card driver and the development tools are not."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("LEADVAULT_BUNDLE_CACHE", "/var/cache/leadvault-bundle"))

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                                reason="needs root (apt, unshare -n)")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "leadvault-bundle"
    subprocess.run([str(ROOT / "scripts" / "build-bundle.sh"), str(out)], check=True,
                   timeout=900, env={**os.environ, "LEADVAULT_BUNDLE_CACHE": str(CACHE)})
    return out


def _offline(*command: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["unshare", "-n", *command], capture_output=True, text=True,
                          timeout=600, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PIP_FIND_LINKS": "", "PIP_CONFIG_FILE": "/dev/null"})


def test_the_bundle_installs_and_runs_with_no_network(bundle: Path, tmp_path: Path) -> None:
    names = {p.name for p in (bundle / "wheels").glob("*.whl")}
    for wheel in ("leadvault-", "pyscard-", "pyside6_essentials-", "sqlcipher3-", "pycups-"):
        assert any(n.startswith(wheel) for n in names), wheel
    debs = {p.name.split("_")[0] for p in (bundle / "debs").glob("*.deb")}
    for needed in (bundle / "debs" / "PACKAGES").read_text().split():
        assert needed in debs, needed
    assert not debs & {"vsmartcard-vpcd", "gcc", "swig", "python3-dev", "libpcsclite-dev"}
    manifest = (bundle / "MANIFEST.sha256").read_text()
    assert all(f"debs/{p.name}" in manifest for p in (bundle / "debs").glob("*.deb"))

    prefix, menu = tmp_path / "leadvault", tmp_path / "applications"
    done = _offline("bash", str(bundle / "install.sh"), "--prefix", str(prefix),
                    "--menu-dir", str(menu))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "already installed; no Debian package installed" in done.stdout  # machine untouched
    assert f"Exec={prefix}/bin/leadvault" in (menu / "leadvault.desktop").read_text()
    version = _offline(str(prefix / "bin" / "leadvault-admin"), "--version")
    assert version.returncode == 0 and version.stdout.startswith("leadvault "), version
    shots = tmp_path / "shots"
    tour = _offline(str(prefix / "bin" / "leadvault"), "--demo", "--screenshots", str(shots),
                    cwd=tmp_path)
    assert tour.returncode == 0, tour.stderr[-2000:]
    assert len(list(shots.glob("*.png"))) >= 10


def test_a_bundle_with_a_changed_file_is_refused(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(bundle, copy, copy_function=os.link)  # hard links: no copying
    wheel = next((copy / "wheels").glob("reportlab-*.whl"))
    data = wheel.read_bytes()
    wheel.unlink()  # a new file: the original bundle's stays as it was
    wheel.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    prefix = tmp_path / "leadvault"
    done = _offline("bash", str(copy / "install.sh"), "--prefix", str(prefix),
                    "--menu-dir", str(tmp_path / "applications"))
    assert done.returncode == 1 and "REFUSED" in done.stderr
    assert not prefix.exists() and not (tmp_path / "applications").exists()
