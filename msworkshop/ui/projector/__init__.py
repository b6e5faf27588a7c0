"""The projector window: what the room sees."""
