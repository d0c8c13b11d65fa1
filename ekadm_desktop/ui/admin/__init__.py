"""The administration area: reference data and users, for administrators."""
