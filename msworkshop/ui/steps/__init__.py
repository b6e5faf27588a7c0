"""The session steps: one facilitator page (laptop) and one projector view (room) per step."""
