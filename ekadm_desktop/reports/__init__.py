"""Reports, charts and exports: Qt-free; heavy libraries (openpyxl, matplotlib, reportlab) are
imported inside the functions that use them."""
