# the root logger, lastResort, basicConfig and levels
import io
import logging
import sys

sys.stderr = sys.stdout

# no handlers anywhere: the last resort prints the bare message at WARNING+
logging.getLogger('quiet').info('not shown')
logging.getLogger('quiet').warning('last resort %s', 'output')
logging.getLogger('a.b').error('error via %s', 'lastResort')
print(logging.lastResort, logging.root.handlers)

# a module-level call configures the root logger
logging.warning('root warning %d', 1)
logging.info('not shown: root level is WARNING')
print(logging.root.handlers, logging.root.level, logging.getLevelName(logging.root.getEffectiveLevel()))
logging.basicConfig(level=logging.DEBUG)  # ignored: already configured
logging.debug('still hidden')
logging.basicConfig(level=logging.DEBUG, force=True, format='%(levelname)-8s|%(name)s|%(message)s')
logging.debug('now shown')
logging.info('info %s', {'k': 'v'})
logging.log(logging.WARNING, 'via log()')
logging.critical('critical')
logging.fatal('fatal')
logging.error('error with mapping %(a)s %(b)s', {'a': 1, 'b': 2})

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.getLevelName('NOPE'))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
logging.log(15, 'verbose message')
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ['LOUD', 3.5, None]:
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.getLogger('x').setLevel('ERROR')
print(logging.getLogger('x').level, logging.getLogger('x'))
try:
    logging.log('WARNING', 'bad level type')
except TypeError as e:
    print('TypeError', e)

logging.disable(logging.INFO)
logging.info('disabled')
logging.warning('warning passes disable(INFO)')
logging.disable(logging.NOTSET)
logging.info('enabled again')

for kw in [dict(stream=sys.stdout, filename='x'), dict(handlers=[], stream=sys.stdout), dict(style='?'), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
buf = io.StringIO()
logging.basicConfig(force=True, stream=buf, style='{', format='{levelname}:{message}')
logging.warning('into buffer')
logging.basicConfig(force=True, stream=sys.stdout, style='$', format='$levelname ${name}: $message', level='INFO')
logging.info('template style')
print(repr(buf.getvalue()))
