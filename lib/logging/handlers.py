"""More handlers (kaa's logging.handlers): files that rotate by size or
time, files that may be replaced under the handler, and handlers that
buffer records or put them on a queue.  Network handlers (socket,
syslog, SMTP, HTTP) and QueueListener, which needs threads, are not
provided.
"""

import copy
import logging
import os
import re
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside (rotate) before a
    record; subclasses decide when (shouldRollover) and how
    (doRollover).  namer and rotator, when callable, rename and move."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would pass maxBytes,
    keeping backupCount old ones as name.1, name.2 ..."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, suffix, pattern of the suffix)
_INTERVALS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval ('S', 'M', 'H', 'D', 'midnight'
    or 'W0'..'W6'), naming the old one after the time it began."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from "
                                 "0 to 6 (0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = 7 * _MIDNIGHT, *_INTERVALS['D'][1:]
        elif self.when in _INTERVALS:
            unit, self.suffix, pattern = _INTERVALS[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename).st_mtime
            start = int(start)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the next rollover after currentTime."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._tuple(currentTime)
            hour, minute, second, day = t[3], t[4], t[5], t[6]
            if self.atTime is None:
                at = _MIDNIGHT
            else:
                at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            wait = at - ((hour * 60 + minute) * 60 + second)
            if wait < 0:
                wait += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + wait
            if self.when.startswith('W') and day != self.dayOfWeek:
                if day < self.dayOfWeek:
                    days = self.dayOfWeek - day
                else:
                    days = 6 - day + self.dayOfWeek + 1
                later = result + days * _MIDNIGHT
                if not self.utc:
                    later += self._dst_shift(t[-1], later)
                result = later
        return result

    @staticmethod
    def _dst_shift(dst_now, when):
        dst_then = time.localtime(when)[-1]
        if dst_now == dst_then:
            return 0
        return -3600 if not dst_now else 3600

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        dir_name, base_name = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base_name)
        prefix = stem + '.'
        plen = len(prefix)
        found = []
        for name in os.listdir(dir_name):
            if self.namer is None:
                if not name.startswith(base_name):
                    continue
            elif (not name.startswith(base_name) and name.endswith(ext)
                  and len(name) > plen + 1 and not name[plen + 1].isdigit()):
                continue
            if name[:plen] == prefix:
                for part in name[plen:].split('.'):
                    if self.extMatch.match(part):
                        found.append(os.path.join(dir_name, name))
                        break
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        began = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(began)
        else:
            stamp = time.localtime(began)
            if dst_now != stamp[-1]:
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        dest = self.rotation_filename(self.baseFilename + "." +
                                      time.strftime(self.suffix, stamp))
        if os.path.exists(dest):
            os.remove(dest)
        self.rotate(self.baseFilename, dest)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            nxt += self._dst_shift(dst_now, nxt)
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or
    replaced (by logrotate, say) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if not st or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list until shouldFlush says so; flush() empties
    it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the
    buffer is full or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts each record, formatted and stripped of what cannot travel,
    on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)
