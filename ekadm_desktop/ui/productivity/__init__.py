"""The indicators and revenue area (Nyckeltal och intäkter): indicators against targets, volumes,
staffing need, revenue and what-if (``view``)."""
