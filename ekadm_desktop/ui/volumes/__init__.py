"""The monthly reconciliation: volumes, staffing and hours of additional services per month."""
