"""The complaint register (klagomålsregister): the register view, the complaint dialog, the steps
of the status flow and the customer page's complaint section."""
