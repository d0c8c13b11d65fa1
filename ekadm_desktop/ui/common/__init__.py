"""Widgets and models every area view reuses: record tables, the filter bar, forms, messages.

Strings here are translated with ``QCoreApplication.translate("<class>", …)`` rather than
``self.tr(…)``: PySide's ``tr`` takes its context from the class of the object at run time, so in
a subclass (as ``EntityPage`` is of ``ListPage``) it would miss the strings extracted under the
base class's name.
"""
