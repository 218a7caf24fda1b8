# formatters: the three styles, times, exceptions, stacks, records
import io
import logging
import sys
import time

sys.stderr = sys.stdout
FIXED = 1700000000.25


class FixedRecord(logging.LogRecord):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = FIXED
        self.msecs = 250.0


logging.setLogRecordFactory(FixedRecord)
log = logging.getLogger('fmt')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)

formats = [
    ('%(name)s:%(levelno)d:%(levelname)s:%(module)s:%(filename)s:%(funcName)s:%(message)s', None, '%'),
    ('%(asctime)s %(msecs)03d %(message)s', '%Y/%m/%d', '%'),
    ('{name!r:>8} {levelname:<8} {message}', None, '{'),
    ('${name} ${levelname} $message', None, '$'),
    ('%(message)s %(created)f', None, '%'),
]
for fmt, datefmt, style in formats:
    f = logging.Formatter(fmt, datefmt, style)
    f.converter = time.gmtime
    h.setFormatter(f)
    log.info('hello %s', 'there')
    print(f.usesTime(), repr(f._fmt))

f = logging.Formatter('%(asctime)s|%(message)s')
f.converter = time.gmtime
h.setFormatter(f)
log.warning('default time format')
f.default_msec_format = None
log.warning('no msecs')
f = logging.Formatter('%(custom)s %(message)s', defaults={'custom': 'dflt'})
h.setFormatter(f)
log.info('with defaults')
log.info('with extra', extra={'custom': 'given'})

for fmt, style in [('no fields', '%'), ('{bad', '{'), ('{0!x}', '{'), ('{a:zz}', '{'), ('no fields', '{'),
                   ('$', '$'), ('plain', '$'), ('%(message)s', '?'), ('{message}', '%')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
h.setFormatter(logging.Formatter('%(missing)s', validate=True))
saved = sys.stderr
sys.stderr = io.StringIO()
log.error('missing field')
report = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(report[0], report[-3:], 'KeyError' in '\n'.join(report))

h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError:
    log.exception('caught %s', 'it')
    log.error('with exc_info', exc_info=True)
    log.info('no exc_info')
err = KeyError('k')
log.warning('exception instance', exc_info=err)
try:
    {}['missing']
except KeyError as e:
    log.critical('tuple', exc_info=sys.exc_info())


def inner():
    log.info('with stack', stack_info=True)


out = io.StringIO()
h.setStream(out)
inner()
text = out.getvalue()
print(text.splitlines()[0], text.splitlines()[1], 'inner' in text)
print(h.setStream(sys.stdout) is out, h.setStream(sys.stdout))

r = logging.LogRecord('n', logging.ERROR, '/some/path/mod.py', 42, 'msg %s %s', ('a', 'b'), None, 'func')
print(r, r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.lineno, r.exc_text, r.stack_info)
r = logging.LogRecord('n', 35, 'p', 1, 'mapping %(x)s', ({'x': 5},), None)
print(r.args, r.getMessage(), r.levelname)
r = logging.makeLogRecord({'msg': 'made', 'levelno': 5, 'custom': 1})
print(r.getMessage(), r.levelno, r.custom, r.name)
print(logging.getLogRecordFactory() is FixedRecord)

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
recs = [logging.makeLogRecord({'msg': 'one'}), logging.makeLogRecord({'msg': 'two'})]
print(bf.format(recs), repr(bf.format([])), logging.BufferingFormatter().format(recs))

class Loud(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

h.setFormatter(Loud())
log.info('subclassed formatter')
h.setFormatter(None)
log.info('default formatter %d', 7)
h.setFormatter(logging.Formatter('%(message)s'))
log.info('%s', 'args are %s-formatted only when given')
log.info('no args: %s stays')
log.info(12345)
