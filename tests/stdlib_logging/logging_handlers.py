# handlers: files, streams, errors while emitting, custom handlers
import logging
import os
import sys
import tempfile

sys.stderr = sys.stdout
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')

log = logging.getLogger('files')
log.propagate = False
fh = logging.FileHandler(path)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(fh)
log.warning('first line')
log.error('second line')
print(repr(fh).replace(d, '<tmp>'), fh.baseFilename == path, fh.mode, fh.encoding)
fh.close()
print(open(path).read(), end='')
fh2 = logging.FileHandler(path, mode='w', delay=True)
print(fh2.stream)
log.removeHandler(fh)
log.addHandler(fh2)
log.warning('rewritten')
print(fh2.stream is not None)
fh2.close()
print(open(path).read(), end='')
log.removeHandler(fh2)

logging.basicConfig(filename=os.path.join(d, 'root.log'), filemode='w', format='%(name)s|%(message)s', level=logging.INFO)
logging.info('to the file')
logging.getLogger('child').warning('child to the file')
for h in logging.root.handlers:
    h.flush()
print(open(os.path.join(d, 'root.log')).read(), end='')
print(type(logging.root.handlers[0]).__name__)
logging.basicConfig(force=True, stream=sys.stdout)

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler()
lh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(lh)
log.warning('kept %d', 1)
log.error('kept %d', 2)
print(lh.records, lh, lh.name)
lh.set_name('mine')
print(lh.get_name(), lh.name)
lh.name = 'renamed'
print(lh.name)

try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

sh = logging.StreamHandler(sys.stdout)
sh.terminator = ' <END>\n'
log.addHandler(sh)
log.warning('custom terminator')
log.removeHandler(sh)

# an error while formatting is reported, not raised
bad = logging.StreamHandler(sys.stdout)
log.addHandler(bad)
import io
saved = sys.stderr
sys.stderr = io.StringIO()
log.warning('%d', 'not a number')
report = sys.stderr.getvalue()
sys.stderr = saved
lines = report.splitlines()
print(lines[0], lines[-2], lines[-1], 'TypeError' in report)
logging.raiseExceptions = False
log.warning('%d', 'silent')
logging.raiseExceptions = True
log.removeHandler(bad)

logging.lastResort = None
lone = logging.getLogger('lonely')
lone.warning('nobody listens')
lone.warning('only warned once')
logging.lastResort = logging._defaultLastResort

logging.captureWarnings(True)
cw = logging.getLogger('py.warnings')
cw.addHandler(logging.StreamHandler(sys.stdout))
import warnings
warnings.warn('captured warning', UserWarning)
logging.captureWarnings(False)
print(logging.getLogger('py.warnings').handlers[0].__class__.__name__)

logging.shutdown()
import shutil
shutil.rmtree(d)
print('done')
