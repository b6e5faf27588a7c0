from __future__ import annotations

import pytest

from msworkshop.domain.stages import STAGE_INFO, Stage, band_for_total, next_stage


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (20, 1),
        (39, 1),
        (39.99, 1),
        (40, 2),
        (59, 2),
        (59.5, 2),
        (60, 3),
        (79, 3),
        (79.9, 3),
        (80, 4),
        (100, 4),
    ],
)
def test_band_edges(total: float, band: int) -> None:
    assert band_for_total(total) == band


@pytest.mark.parametrize("total", [19.9, 100.1, 0, -5])
def test_band_rejects_impossible_totals(total: float) -> None:
    with pytest.raises(ValueError):
        band_for_total(total)


def test_stage_names() -> None:
    assert [i.formal for i in STAGE_INFO] == ["Undefined", "Defined", "Aligned", "Integrated"]
    assert [i.key for i in STAGE_INFO] == ["single", "dating", "living_together", "married"]


def test_next_stage() -> None:
    assert next_stage(1) is Stage.DEFINED
    assert next_stage(4) is None
