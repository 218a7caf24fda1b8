"""asyncio for kaa: a single-threaded event loop with tasks, futures,
synchronisation primitives and queues, and no I/O (no sockets,
subprocesses or streams).

Scheduling follows CPython's: a FIFO queue of ready callbacks and a heap
of timers, so interleaved tasks print in the same order as under CPython.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *  # not in __all__, as in CPython 3.11
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)
