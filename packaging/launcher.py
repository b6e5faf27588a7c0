"""Entry point of the bundled executable (PyInstaller runs this file as ``__main__``)."""

from __future__ import annotations

from msworkshop.cli import main

raise SystemExit(main())
