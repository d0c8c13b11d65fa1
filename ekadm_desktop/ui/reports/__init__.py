"""Rapporter: the report wizard and the area listing reports and presets."""
