"""The wheel carries its resources: install it in a fresh venv and run it on a session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from msworkshop.cli import main


@pytest.mark.slow
def test_wheel_installs_and_finds_its_resources(tmp_path: Path, repo_root: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(wheels),
            str(repo_root),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("msworkshop-*.whl")
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
