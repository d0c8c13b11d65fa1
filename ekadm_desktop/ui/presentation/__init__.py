"""Presentation mode: a report's charts and tables full screen on the projector."""
