"""ORM models, one module per area. Importing this package registers every table on ``Base.metadata``."""

from ekadm_desktop.models import complaints, customer_log, phone, phone_rollup, reference, users, volumes
from ekadm_desktop.models.base import Base

__all__ = ["Base", "complaints", "customer_log", "phone", "phone_rollup", "reference", "users", "volumes"]
