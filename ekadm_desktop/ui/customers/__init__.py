"""The customer page: one customer's whole picture, built from the sections in ``sections.CUSTOMER_SECTIONS``."""
