"""Which packages and files setuptools ships; everything else is in pyproject.toml.

Every ``msworkshop.*`` package is found automatically, so a new sub-package needs no edit
here (tests/cli/test_wheel.py checks the wheel against the source tree). The top-level
``resources/`` folder ships inside the package as ``msworkshop/resources``, with each of its
sub-folders named so that setuptools takes their files without a warning. TOML cannot say
this: pyproject's find directive only sees folders that already sit under the package.

An editable install (``pip install -e .``, what ``scripts/dev.py`` does) is a plain ``.pth``
line pointing at this folder: the resources are read in place (``resource_files`` looks
beside the package), and setuptools then prints none of its notices.
"""

from __future__ import annotations

import sys

from setuptools import find_namespace_packages, find_packages, setup

CODE = find_packages(include=["msworkshop", "msworkshop.*"])

if "editable_wheel" in sys.argv:
    setup(packages=CODE, package_dir={"": "."})
else:
    setup(
        packages=[
            *CODE,
            *(f"msworkshop.{name}" for name in find_namespace_packages(include=["resources*"])),
        ],
        package_dir={"msworkshop.resources": "resources"},
        package_data={"msworkshop.resources": ["**/*"]},
    )
