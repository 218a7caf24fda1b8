# logging.handlers: rotation by size and time, watched files, buffers, queues
import datetime
import logging
import logging.handlers as lh
import os
import sys
import tempfile

sys.stderr = sys.stdout
d = tempfile.mkdtemp()
log = logging.getLogger('rot')
log.propagate = False
log.setLevel(logging.DEBUG)


def listing():
    out = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            out.append((name, f.read().count('\n')))
    return out


base = os.path.join(d, 'size.log')
h = lh.RotatingFileHandler(base, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(h)
for i in range(12):
    log.info('message number %02d', i)
print(listing())
print(h.maxBytes, h.backupCount, h.mode, h.encoding, h.shouldRollover(logging.makeLogRecord({'msg': 'x' * 100})))
h.close()
log.removeHandler(h)

h = lh.RotatingFileHandler(os.path.join(d, 'named.log'), maxBytes=20, backupCount=3)
h.namer = lambda name: name + '.bak'
moves = []
def rotator(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h.rotator = rotator
log.addHandler(h)
for i in range(4):
    log.info('line %d', i)
h.close()
log.removeHandler(h)
print(moves)
print([n for n in sorted(os.listdir(d)) if n.startswith('named')])

nb = lh.RotatingFileHandler(os.path.join(d, 'never.log'), backupCount=5)
print(nb.shouldRollover(logging.makeLogRecord({'msg': 'x' * 1000})))
nb.close()

for when in ['S', 'M', 'H', 'D', 'MIDNIGHT', 'W0', 'W6', 'w3']:
    t = lh.TimedRotatingFileHandler(os.path.join(d, 'timed.log'), when=when, interval=2, utc=True, delay=True)
    start = 1700000000  # a Tuesday, 22:13:20 UTC
    print(when, t.interval, t.suffix, t.computeRollover(start) - start)
    t.close()
t = lh.TimedRotatingFileHandler(os.path.join(d, 'timed.log'), when='midnight', utc=True, delay=True,
                                atTime=datetime.time(3, 30))
print('atTime', t.computeRollover(1700000000) - 1700000000)
t.close()
for bad in ['X', 'W', 'W7', 'W12']:
    try:
        lh.TimedRotatingFileHandler(os.path.join(d, 'bad.log'), when=bad, delay=True)
    except ValueError as e:
        print('ValueError', e)

tpath = os.path.join(d, 'timed.log')
t = lh.TimedRotatingFileHandler(tpath, when='H', backupCount=2, utc=True)
t.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(t)
log.info('before')
for hour in range(4):
    t.rolloverAt = 1700000000 + hour * 3600
    log.info('after rollover %d', hour)
print(t.rolloverAt > 1700000000, sorted(n for n in os.listdir(d) if n.startswith('timed')))
t.close()
log.removeHandler(t)

wpath = os.path.join(d, 'watched.log')
w = lh.WatchedFileHandler(wpath)
w.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(w)
log.info('first')
os.rename(wpath, wpath + '.old')
log.info('second, in a new file')
w.close()
log.removeHandler(w)
print(open(wpath).read(), open(wpath + '.old').read(), end='')

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target: %(levelname)s %(message)s'))
m = lh.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(m)
log.info('buffered 1')
log.info('buffered 2')
print('nothing yet', len(m.buffer))
log.info('buffered 3 fills it')
log.info('buffered 4')
log.error('error flushes')
log.debug('left over')
m.close()
print(m.target, len(m.buffer))
log.removeHandler(m)
m2 = lh.MemoryHandler(10, flushOnClose=False)
log.addHandler(m2)
log.info('kept only')
m2.setTarget(target)
m2.close()
log.removeHandler(m2)

b = lh.BufferingHandler(2)
log.addHandler(b)
log.info('one')
print(len(b.buffer))
log.info('two')
print(len(b.buffer))
log.removeHandler(b)


class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)


q = ListQueue()
qh = lh.QueueHandler(q)
log.addHandler(qh)
log.warning('queued %s', 'message')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('queued failure')
log.removeHandler(qh)
for r in q.items:
    print(r.msg.splitlines()[0], r.args, r.exc_info, r.exc_text, r.message.splitlines()[-1])

import shutil
shutil.rmtree(d)
print('done')
