"""Charts in the UI: matplotlib figures built in ``reports`` shown on a Qt canvas (``canvas``)."""
