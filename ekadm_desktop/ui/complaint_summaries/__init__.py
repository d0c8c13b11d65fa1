"""The complaint statistics area (klagomålsstatistik): the complaint register's summaries as charts
and tables (``view``)."""
