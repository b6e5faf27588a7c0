"""install-desktop / uninstall-desktop: real files in a temporary XDG_DATA_HOME, checked with
the freedesktop tools where the machine has them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from msworkshop import desktop_install
from msworkshop.desktop_install import XdgDirs

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG desktops")


@pytest.fixture
def dirs(tmp_path: Path) -> XdgDirs:
    return XdgDirs(tmp_path / "data", tmp_path / "config")


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_dirs_follow_the_xdg_variables_and_default_to_home(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    dirs = XdgDirs.from_environment(env)
    assert dirs.data_home == tmp_path / "d"
    assert dirs.config_home == tmp_path / ".config"
    assert XdgDirs.from_environment({"HOME": str(tmp_path)}).data_home == (
        tmp_path / ".local" / "share"
    )


def test_install_writes_entry_icons_and_file_type(dirs: XdgDirs, tmp_path: Path) -> None:
    executable = tmp_path / "opt" / "msworkshop" / "msworkshop"
    written = desktop_install.install(executable, dirs, ROOT)

    entry = dirs.data_home / "applications" / "msworkshop.desktop"
    assert entry in written
    values = entry_values(entry)
    assert values["Exec"] == f"{executable} %f"
    assert values["Icon"] == "msworkshop"
    assert values["MimeType"] == "application/x-msworkshop;"
    assert values["Name"] == "msworkshop" and "Comment[nl]" in values
    icons = dirs.data_home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "msworkshop.svg").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        png = icons / f"{size}x{size}" / "apps" / "msworkshop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    mime = ET.parse(dirs.data_home / "mime" / "packages" / "msworkshop.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (kind,) = mime.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-msworkshop"
    assert kind.find("m:glob", ns).get("pattern") == "*.msworkshop"  # type: ignore[union-attr]
    assert "application/x-msworkshop=msworkshop.desktop;" in (
        (dirs.config_home / "mimeapps.list").read_text().splitlines()
    )


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid(dirs: XdgDirs, tmp_path: Path) -> None:
    desktop_install.install(tmp_path / "with space" / "msworkshop", dirs, ROOT)
    entry = dirs.data_home / "applications" / "msworkshop.desktop"
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert entry_values(entry)["Exec"] == f'"{tmp_path}/with space/msworkshop" %f'


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info")
def test_the_mime_database_learns_and_forgets_the_extension(dirs: XdgDirs, tmp_path: Path) -> None:
    desktop_install.install(tmp_path / "msworkshop", dirs, ROOT)
    globs = dirs.data_home / "mime" / "globs2"
    assert "application/x-msworkshop:*.msworkshop" in globs.read_text()
    icons = (dirs.data_home / "mime" / "icons").read_text()
    assert "application/x-msworkshop:msworkshop" in icons

    desktop_install.uninstall(dirs)
    assert "msworkshop" not in globs.read_text()


def test_uninstall_removes_exactly_what_install_wrote(dirs: XdgDirs, tmp_path: Path) -> None:
    apps = dirs.data_home / "applications"
    apps.mkdir(parents=True)
    (apps / "other.desktop").write_text("[Desktop Entry]\nName=Other\n")
    mimeapps = dirs.config_home / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/plain=editor.desktop;\n")
    before = {p for p in dirs.data_home.rglob("*") if p.is_file()}

    written = desktop_install.install(tmp_path / "msworkshop", dirs, ROOT)
    again = desktop_install.install(tmp_path / "msworkshop", dirs, ROOT)  # idempotent
    assert sorted(again) == sorted(written)
    assert mimeapps.read_text().count("application/x-msworkshop") == 1
    removed = desktop_install.uninstall(dirs)

    assert sorted(removed) == sorted(written)
    assert all(not path.exists() for path in written)
    assert (apps / "other.desktop").exists()
    assert mimeapps.read_text() == "[Default Applications]\ntext/plain=editor.desktop;\n"
    leftover = {
        p for p in dirs.data_home.rglob("*") if p.is_file() and "msworkshop" in p.name
    } - before
    assert leftover == set()
    assert desktop_install.uninstall(dirs) == []  # twice is fine


def test_a_default_the_user_chose_is_kept(dirs: XdgDirs, tmp_path: Path) -> None:
    mimeapps = dirs.config_home / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\napplication/x-msworkshop=sqlitebrowser.desktop;\n")
    desktop_install.install(tmp_path / "msworkshop", dirs, ROOT)
    desktop_install.uninstall(dirs)
    assert "sqlitebrowser.desktop" in mimeapps.read_text()
    assert "msworkshop.desktop" not in mimeapps.read_text()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/opt/msworkshop/msworkshop", "/opt/msworkshop/msworkshop"),
        ("/home/an/my apps/msworkshop", '"/home/an/my apps/msworkshop"'),
        ('/tmp/a"b$c/x', '"/tmp/a\\\\"b\\\\$c/x"'),
        ("/tmp/100%/x", "/tmp/100%%/x"),
    ],
)
def test_exec_argument_quotes_as_the_spec_says(path: str, expected: str) -> None:
    assert desktop_install.exec_argument(Path(path)) == expected


def test_dev_script_installs_and_uninstalls_for_the_user(tmp_path: Path) -> None:
    """The developers' command, with this machine's Python, into a temporary XDG home."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    exe = tmp_path / "msworkshop"
    script = str(ROOT / "scripts" / "dev.py")
    done = subprocess.run(
        [sys.executable, script, "install-desktop", str(exe)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / "msworkshop.desktop"
    assert entry_values(entry)["Exec"] == f"{exe} %f"
    done = subprocess.run(
        [sys.executable, script, "uninstall-desktop"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert not entry.exists()


def test_cli_installs_for_the_given_program_and_speaks_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from msworkshop.cli import main

    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("MSWORKSHOP_LANG", "nl")
    exe = tmp_path / "bin" / "msworkshop"
    assert main(["install-desktop", "--exec", str(exe)]) == 0
    assert "programmamenu" in capsys.readouterr().out
    assert entry_values(data / "applications" / "msworkshop.desktop")["Exec"] == f"{exe} %f"
    assert main(["uninstall-desktop"]) == 0
    assert "verwijderd" in capsys.readouterr().out
    assert not (data / "applications" / "msworkshop.desktop").exists()
