"""The workshop's domain: pure Python, no Qt (enforced by tests/test_architecture.py)."""
