"""The wheel carries every package and resource, quietly: build it, read it, install it, run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from msworkshop.cli import main

ROOT = Path(__file__).resolve().parents[2]
# What a wheel is built from (the rest of a checkout: tests, scripts, .venv, build output).
SOURCES = ("msworkshop", "resources", "pyproject.toml", "setup.py", "README.md")


def build_wheel(source: Path, out: Path) -> tuple[Path, str]:
    """The wheel built from ``source`` with pip, and everything pip printed doing it."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    (wheel,) = out.glob("msworkshop-*.whl")
    return wheel, done.stdout + done.stderr


def source_copy(target: Path) -> Path:
    """The files a wheel is built from, copied without caches or egg-info."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, target / name)
    return target


def source_packages(root: Path) -> set[str]:
    """Every package in the source tree: a folder under msworkshop/ holding Python files."""
    return {
        ".".join(folder.relative_to(root).parts)
        for folder in [root / "msworkshop", *(root / "msworkshop").rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    }


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def pip_noise(output: str) -> list[str]:
    """Warnings in pip's output that come from our build (not from the machine's pip set-up,
    which may name index locations it cannot reach)."""
    return [
        line
        for line in output.splitlines()
        if ("warning" in line.lower() or "absent from" in line) and "Location '" not in line
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    source = source_copy(tmp_path_factory.mktemp("source"))
    return build_wheel(source, tmp_path_factory.mktemp("wheels"))


@pytest.mark.slow
def test_building_the_wheel_prints_no_warning(built: tuple[Path, str]) -> None:
    _wheel, output = built
    assert "Successfully built msworkshop" in output
    assert pip_noise(output) == []


@pytest.mark.slow
def test_wheel_holds_every_package_module_and_resource(built: tuple[Path, str]) -> None:
    wheel, _output = built
    names = wheel_names(wheel)
    packages = source_packages(ROOT)
    assert {"msworkshop", "msworkshop.domain", "msworkshop.ui"} <= packages
    modules = {
        path.relative_to(ROOT).as_posix()
        for package in packages
        for path in (ROOT / package.replace(".", "/")).glob("*.py")
    }
    assert sorted(modules - names) == []
    resources = {
        "msworkshop/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert "msworkshop/resources/icons/msworkshop.svg" in resources
    assert sorted(resources - names) == []
    # Nothing else lands at the top level of site-packages.
    assert {name.split("/")[0] for name in names} == {"msworkshop", "msworkshop-0.1.0.dist-info"}


@pytest.mark.slow
def test_a_new_sub_package_ships_without_editing_the_configuration(tmp_path: Path) -> None:
    source = source_copy(tmp_path / "source")
    probe = source / "msworkshop" / "ui" / "steps" / "zz_probe" / "deeper"
    probe.mkdir(parents=True)
    (probe.parent / "__init__.py").write_text('"""A package nobody listed."""\n')
    (probe / "__init__.py").write_text("")
    (probe / "page.py").write_text("VALUE = 1\n")
    (source / "resources" / "content" / "xx").mkdir()
    (source / "resources" / "content" / "xx" / "new.toml").write_text("a = 1\n")

    wheel, output = build_wheel(source, tmp_path / "wheels")

    names = wheel_names(wheel)
    assert "msworkshop/ui/steps/zz_probe/__init__.py" in names
    assert "msworkshop/ui/steps/zz_probe/deeper/page.py" in names
    assert "msworkshop/resources/content/xx/new.toml" in names
    assert pip_noise(output) == []


@pytest.mark.slow
def test_editable_install_is_quiet_and_reads_the_source_tree(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-e", "."],
        cwd=source_copy(tmp_path / "source"),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert pip_noise(done.stdout + done.stderr) == []
    located = subprocess.run(
        [
            str(python),
            "-c",
            "from msworkshop.resource_files import resources_root; print(resources_root())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    ).stdout.strip()
    assert Path(located) == tmp_path / "source" / "resources"


@pytest.mark.slow
def test_wheel_installs_and_finds_its_resources(tmp_path: Path, built: tuple[Path, str]) -> None:
    wheel, _output = built
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    # No dependencies needed for these two commands: they prove the package and its data.
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )

    session = tmp_path / "w.msworkshop"
    assert main(["new", str(session), "--title", "Wheel", "--team", "A", "--lang", "nl"]) == 0
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    version = subprocess.run(
        [str(bin_dir / "msworkshop"), "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env=clean_env,
    )
    assert version.stdout.startswith("msworkshop ")
    results = subprocess.run(
        [str(bin_dir / "msworkshop"), "results", str(session), "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
    )
    assert results.returncode == 0, results.stderr
    assert json.loads(results.stdout)["teams"][0]["team"] == "A"
    text = subprocess.run(
        [str(bin_dir / "msworkshop"), "results", str(session)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
    )
    assert "te weinig stemmen" in text.stdout  # Dutch content came from inside the wheel
    located = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "from msworkshop.resource_files import resources_root; print(resources_root())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env=clean_env,
    ).stdout
    assert str(env_dir) in located
