"""Hypothesis settings for the fuzz tests: bounded in the normal run, longer on request.

MSWORKSHOP_FUZZ_SCALE=50 python3 scripts/dev.py test tests -k fuzz   # 50x the examples
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def fuzz_settings(examples: int) -> settings:
    scale = float(os.environ.get("MSWORKSHOP_FUZZ_SCALE", "1"))
    return settings(
        max_examples=max(1, int(examples * scale)),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
