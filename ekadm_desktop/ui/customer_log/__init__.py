"""The customer log area: the log itself (``view``) and the follow-ups due (``follow_ups_view``)."""
