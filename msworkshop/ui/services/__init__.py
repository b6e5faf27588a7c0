"""The facilitator app's state, with no widgets: what the windows show and change.

- ``session``: :class:`SessionController`, the one owner of the open session file; views
  read it through typed methods and follow its signals. It owns, each made when first used:
  ``focus`` (:mod:`.focus`, what the room looks at), ``reveal`` (:mod:`.reveal`, how far the
  results are shown), ``plans`` (:mod:`.plans`, agreements and action plans) and ``intake``
  (:mod:`.intake`, the one door for ballots).
- ``phones`` (:mod:`.phones`): the participant server, attached after the first paint.
- ``timers`` (:mod:`.timers`): a countdown per step.
- ``commands`` (:mod:`.commands`): undoable set-up edits; ``files``: where sessions live.

Only this package imports ``msworkshop.store`` (an import-linter contract in pyproject.toml).
"""
