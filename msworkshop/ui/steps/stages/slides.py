"""Which stage slide the room sees: shared by the laptop page and the projector view, and
saved in the session file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from msworkshop.ui.services.session import SessionController

SLIDE_SETTING = "stages.slide"


STAGE_COUNT = 4


class SlideState(QObject):
    """Which stage slide (0-3) is shown; one per controller."""

    changed = Signal(int)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.setObjectName("stageSlides")
        self._controller = controller
        self.index = 0
        controller.session_opened.connect(self._load)
        self._load()

    def _load(self, *_: object) -> None:
        try:
            index = int(self._controller.setting(SLIDE_SETTING, "0") or 0)
        except ValueError:
            index = 0
        self._set(index, save=False)

    def go(self, index: int) -> None:
        self._set(index, save=True)

    def step(self, delta: int) -> bool:
        """Move one slide; False when already at the first or last one."""
        target = self.index + delta
        if not 0 <= target < STAGE_COUNT:
            return False
        self.go(target)
        return True

    def _set(self, index: int, save: bool) -> None:
        index = min(max(0, index), STAGE_COUNT - 1)
        changed = index != self.index
        self.index = index
        if save and changed:
            self._controller.set_setting(SLIDE_SETTING, str(index))
        self.changed.emit(index)


def slide_state(controller: SessionController) -> SlideState:
    found = controller.findChild(SlideState, "stageSlides")
    return found if isinstance(found, SlideState) else SlideState(controller)
