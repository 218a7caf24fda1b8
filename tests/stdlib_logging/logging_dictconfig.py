# logging.config.dictConfig: formatters, filters, handlers, loggers, root,
# conversions, incremental changes and the error messages
import logging
import logging.config
import logging.handlers
import sys

sys.stderr = sys.stdout


class Upper(logging.Filter):
    def __init__(self, word='x'):
        super().__init__()
        self.word = word

    def filter(self, record):
        record.msg = record.msg.upper() + ' ' + self.word
        return True


class Tagged(logging.Formatter):
    def __init__(self, fmt=None, tag='T'):
        super().__init__(fmt)
        self.tag = tag

    def format(self, record):
        return '[%s] %s' % (self.tag, super().format(record))


old = logging.getLogger('old.logger')
old_child = logging.getLogger('app.existing')
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'curly': {'format': '{levelname} {message}', 'style': '{'},
        'custom': {'()': Tagged, 'fmt': '%(message)s', 'tag': 'custom'},
        'custom2': {'()': '__main__.Tagged', 'format': '%(message)s', '.': {'extra_attr': 1}},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': Upper, 'word': 'w'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'stream': 'ext://sys.stdout',
                    'level': 'DEBUG'},
        'curly': {'class': 'logging.StreamHandler', 'formatter': 'curly', 'stream': 'ext://sys.stdout',
                  'filters': ['only_app']},
        'custom': {'class': 'logging.StreamHandler', 'formatter': 'custom', 'stream': 'ext://sys.stdout',
                   'filters': ['upper'], 'level': 'WARNING'},
        'memory': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'console'},
        'via_cfg': {'class': 'logging.StreamHandler', 'formatter': 'custom2', 'stream': 'cfg://streams[0]'},
    },
    'streams': ['ext://sys.stdout'],
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['curly', 'custom'], 'propagate': False},
        'app.db': {'level': 'DEBUG'},
        'buffered': {'handlers': ['memory'], 'propagate': False, 'level': 'DEBUG'},
        'cfg': {'handlers': ['via_cfg'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
logging.config.dictConfig(config)
logging.getLogger('app').info('app info')
logging.getLogger('app').warning('app warning')
logging.getLogger('app.db').debug('db debug')
logging.getLogger('other').warning('root handles this')
logging.getLogger('other').info('but not this')
old.error('old logger is disabled')
old_child.error('existing child of a configured logger')
b = logging.getLogger('buffered')
b.info('one')
print('buffered so far')
b.info('two')
logging.getLogger('cfg').warning('handler stream from cfg://')
print(old.disabled, old_child.disabled, old_child.level, logging.getLogger('app').propagate)
print(sorted(logging._handlers.keys()), logging.root.handlers[0].name)
print(logging.getLogger('cfg').handlers[0].formatter.extra_attr)

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'loggers': {'app': {'level': 'ERROR'}},
                           'handlers': {'console': {'level': 'ERROR'}}})
logging.getLogger('app').warning('hidden after incremental change')
logging.getLogger('app').error('shown after incremental change')

logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'root': {'level': 'INFO', 'handlers': ['h']},
                           'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}}})
logging.getLogger('old.logger').info('old logger kept enabled? %s', not logging.getLogger('old.logger').disabled)

bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
    {'version': 1, 'formatters': {'f': {'format': '%(message)s', 'style': '!'}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['nope']}}},
    {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
    {'version': 1, 'root': {'filters': ['nope']}},
    {'version': 1, 'incremental': True, 'handlers': {'ghost': {}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bad-key': 1}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://nothing'}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, '|', type(cause).__name__ if cause else None, cause if cause else '')
try:
    logging.config.valid_ident('9bad')
except ValueError as e:
    print('ValueError', e)
print(logging.config.valid_ident('good_name'))
