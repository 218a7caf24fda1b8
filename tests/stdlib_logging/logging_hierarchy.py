# the logger hierarchy: parents, propagation, handler levels, filters, adapters
import logging
import sys

sys.stderr = sys.stdout


def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


c = logging.getLogger('app.db.conn')
a = logging.getLogger('app')
d = logging.getLogger('app.db')
print(c.parent.name, d.parent.name, a.parent.name, a.parent is logging.root, logging.getLogger('app') is a)
print(type(logging.Logger.manager.loggerDict.get('app')).__name__, sorted(logging.Logger.manager.loggerDict))
x = logging.getLogger('x.y.z')
print(type(logging.Logger.manager.loggerDict['x.y']).__name__, x.parent is logging.root)
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is logging.root)
print(a.getChild('db') is d, logging.root.getChild('app') is a, d.getChild('conn.more').name)

a.addHandler(handler('[app]'))
d.addHandler(handler('[db>=ERR]', logging.ERROR))
a.setLevel(logging.DEBUG)
c.debug('debug from conn')
c.error('error from conn')
d.propagate = False
c.warning('not propagated past db (db handler is ERROR)')
c.error('error stops at db')
d.propagate = True
print(c.getEffectiveLevel(), d.isEnabledFor(logging.DEBUG), c.hasHandlers(), logging.getLogger('other').hasHandlers())
c.setLevel(logging.WARNING)
c.info('hidden by conn level')
print(c, d, a)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

f = OnlyOdd()
a.addFilter(f)
for i in range(3):
    a.info('number %d', i)
a.removeFilter(f)
a.addFilter(lambda r: 'secret' not in r.getMessage())
a.info('a secret message')
a.info('a public message')
a.filters.clear()

flt = logging.Filter('app.db')
for name in ['app', 'app.db', 'app.db.conn', 'app.dbx']:
    r = logging.LogRecord(name, logging.INFO, 'p', 1, 'm', (), None)
    print(name, flt.filter(r), logging.Filter().filter(r))

h = handler('[filtered]')
h.addFilter(logging.Filter('app.db'))
a.addHandler(h)
a.info('app message (filtered handler skips)')
d.info('db message')
a.removeHandler(h)

ad = logging.LoggerAdapter(a, {'user': 'bob'})
a.handlers[0].setFormatter(logging.Formatter('%(user)s: %(message)s'))
ad.info('adapter %s', 'works')
ad.warning('warned')
print(ad, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.name, ad.manager is logging.Logger.manager)

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['p'], msg), kwargs

a.handlers[0].setFormatter(logging.Formatter('%(message)s'))
Prefix(a, {'p': 'pre'}).error('processed')
a.info('extra fields', extra={'user': 'x'})
try:
    a.info('clash', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
try:
    a.info('clash', extra={'lineno': 1})
except KeyError as e:
    print('KeyError', e)
a.disabled = True
a.error('disabled logger')
a.disabled = False
n = logging.getLogger('nullcase')
n.addHandler(logging.NullHandler())
n.error('swallowed by NullHandler')
print(n.handlers, logging.NullHandler().lock)
