"""Qt item models for the tables the facilitator reads, sorts and edits.

Each model reads its service (the session, the plans) and tells its views what changed
(``dataChanged``, rows inserted, removed or moved) instead of being refilled, so a view keeps
its selection, its sort order and its open editors across updates. The rows are keyed (a
team, a team and function, an action), see :mod:`msworkshop.ui.models.rows`.
"""
