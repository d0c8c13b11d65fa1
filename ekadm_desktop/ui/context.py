"""What an area view gets from the composition root: the services and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this module before the database layer is loaded
    from ekadm_desktop.services.bundle import Services
    from ekadm_desktop.settings import AppPaths
    from ekadm_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class ViewContext:
    services: Services
    tasks: TaskRunner
    paths: AppPaths
    # Shows another area by its key (``areas.AREAS``); the main window sets it in ``attach``.
    open_area: Callable[[str], None] = field(default=lambda _key: None, compare=False)
