"""scripts/dev.py: one install for every command, and Qt's X11 libraries seen to.

pip, ldd and apt-get are replaced by small programs on PATH that record how they were called,
so these tests run the script's real subprocess calls without installing anything."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """scripts/dev.py, loaded from its file, working on a copy of the packaging files."""
    spec = importlib.util.spec_from_file_location("dev_script_under_test", ROOT / "scripts/dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "setup.py"):
        shutil.copy2(ROOT / name, project / name)
    monkeypatch.setattr(module, "ROOT", project)
    monkeypatch.setattr(module, "VENV", project / ".venv")
    (project / ".venv").mkdir()
    return module


def fake_program(folder: Path, name: str, script: str) -> Path:
    """A shell script called ``name`` in ``folder`` (put first on PATH by the caller)."""
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


@pytest.fixture
def recorded_pip(dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []

    def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        calls.append([str(a) for a in args])
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(dev.subprocess, "run", run)
    return calls


def test_start_after_test_installs_nothing(dev: ModuleType, recorded_pip: list) -> None:
    dev.ensure_installed({"test"})
    assert [call[-1] for call in recorded_pip] == [".[test]"]
    dev.ensure_installed(set())  # start
    dev.ensure_installed({"test"})  # test again
    assert len(recorded_pip) == 1


def test_a_new_extra_keeps_the_old_ones_and_one_stamp_covers_all(
    dev: ModuleType, recorded_pip: list
) -> None:
    dev.ensure_installed(set())
    dev.ensure_installed({"test"})
    dev.ensure_installed({"bundle"})
    assert [call[-1] for call in recorded_pip] == [".", ".[test]", ".[bundle,test]"]
    dev.ensure_installed({"test"})
    dev.ensure_installed(set())
    assert len(recorded_pip) == 3
    assert [p.name for p in dev.VENV.iterdir()] == [dev.STAMP]


def test_changed_packaging_installs_again_with_the_same_extras(
    dev: ModuleType, recorded_pip: list
) -> None:
    dev.ensure_installed({"test"})
    setup = dev.ROOT / "setup.py"
    setup.write_text(setup.read_text() + "\n# changed\n")
    dev.ensure_installed(set())
    assert [call[-1] for call in recorded_pip] == [".[test]", ".[test]"]


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libfontconfig.so.1", "libfontconfig1"),
    ],
)
def test_debian_package_names(dev: ModuleType, library: str, package: str) -> None:
    assert dev.debian_package(library) == package


LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f83)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


@pytest.fixture
def fake_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dev: ModuleType) -> Path:
    """ldd reports two missing libraries until the fake apt-get has 'installed' them."""
    bin_dir = tmp_path / "bin"
    state = tmp_path / "state"
    state.mkdir()
    (state / "ldd-missing.txt").write_text(LDD_MISSING)
    fake_program(
        bin_dir,
        "ldd",
        f'if [ -e "{state}/installed" ]; then echo "\tlibc.so.6 => /lib/libc.so.6"; '
        f'else cat "{state}/ldd-missing.txt"; fi\n',
    )
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(dev, "LINUX", True)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    return state


def test_missing_libraries_are_read_from_ldd(dev: ModuleType, fake_system: Path) -> None:
    assert dev.missing_libraries(Path("/any/libqxcb.so")) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]


def test_start_installs_the_missing_x11_libraries_with_apt_get(
    dev: ModuleType, fake_system: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_program(
        fake_system.parent / "bin",
        "apt-get",
        f'echo "$@" >> "{fake_system}/apt-calls"\n'
        f'if [ "$1" = install ]; then touch "{fake_system}/installed"; fi\n',
    )
    assert dev.ensure_qt_runtime(Path("/any/libqxcb.so")) is True
    calls = (fake_system / "apt-calls").read_text().splitlines()
    assert calls == ["update -qq", "install -y -qq libxcb-icccm4 libxcb-keysyms1"]
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in capsys.readouterr().out


def test_when_apt_get_fails_the_exact_command_is_printed(
    dev: ModuleType, fake_system: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_program(fake_system.parent / "bin", "apt-get", "exit 100\n")
    assert dev.ensure_qt_runtime(Path("/any/libqxcb.so")) is False
    err = capsys.readouterr().err
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in err


def test_without_apt_get_one_line_names_the_libraries(
    dev: ModuleType, fake_system: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/x/ldd" if name == "ldd" else None)
    assert dev.ensure_qt_runtime(Path("/any/libqxcb.so")) is False
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err[0]
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")  # a Wayland session may still start
    assert dev.ensure_qt_runtime(Path("/any/libqxcb.so")) is True


def test_offscreen_or_wayland_qt_skips_the_check(
    dev: ModuleType, fake_system: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert dev.ensure_qt_runtime(Path("/any/libqxcb.so")) is True
    assert not (fake_system / "apt-calls").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd")
def test_the_real_xcb_plugin_is_checked(tmp_path: Path) -> None:
    """ldd on .venv's real plugin: whatever it reports missing, the loader cannot find."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so"
    spec = importlib.util.spec_from_file_location("dev_real", ROOT / "scripts/dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    missing = module.missing_libraries(plugin)
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    assert all(f"{name} " not in known for name in missing)
    assert "libxcb.so.1" not in missing  # found: the list is not just every library
