"""msworkshop: a facilitator's tool for a live marketing-and-sales relationship workshop."""

__version__ = "0.1.0"
