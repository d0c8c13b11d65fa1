"""The start view: this month per unit at a glance (``DashboardView``)."""
