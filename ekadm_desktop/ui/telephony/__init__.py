"""The telephony area: phone figures per unit, group and extension."""
