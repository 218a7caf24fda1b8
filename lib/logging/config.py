"""Configuring logging from a dictionary (kaa's logging.config).

dictConfig follows CPython's schema (version 1: formatters, filters,
handlers, loggers, root, incremental, disable_existing_loggers, '()'
factories, '.' properties) and its conversions: 'ext://module.name'
imports an object, 'cfg://path.to[key]' refers elsewhere in the
configuration.  fileConfig needs configparser, which kaa lacks.
"""

import logging
import logging.handlers
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104

_IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not _IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Not available: kaa has no configparser module."""
    raise NotImplementedError("logging.config.fileConfig needs configparser, "
                              "which kaa does not provide; use dictConfig")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Not available: kaa has no sockets or threads."""
    raise NotImplementedError("logging.config.listen is not available in kaa")


def stopListening():
    pass


# ---------------------------------------------------------------------------
# Containers that convert 'ext://' and 'cfg://' strings (and nested
# containers) the first time an item is read.

class _Converting:
    def _converted(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value:
            if replace:
                self._store(key, result)
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if result is not value and type(result) in (ConvertingDict, ConvertingList,
                                                     ConvertingTuple):
            result.parent = self
        return result

    def _store(self, key, value):
        self[key] = value


ConvertingMixin = _Converting


class ConvertingDict(dict, _Converting):
    """A dict whose items are converted when read."""

    def _store(self, key, value):
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, _Converting):
    """A list whose items are converted when read."""

    def _store(self, key, value):
        list.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, _Converting):
    """A tuple whose items are converted when read."""

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator(object):
    """Resolution of names and conversion of values."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object a dotted name ('package.module.attr') names."""
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """The item of the configuration a 'cfg://' path names."""
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = value[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                found = found[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    key = m.group(1)
                    if self.DIGIT_PATTERN.match(key):
                        try:
                            found = found[int(key)]
                        except TypeError:
                            found = found[key]
                    else:
                        found = found[key]
            if not m:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            rest = rest[m.end():]
        return found

    def convert(self, value):
        """value with containers made converting and 'x://' strings
        converted."""
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
            value.configurator = self
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
            value.configurator = self
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group('prefix'))
                if converter:
                    value = getattr(self, converter)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """The object a '()' factory makes from the other keys."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if (k != '.' and valid_ident(k))}
        result = factory(**kwargs)
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_fresh(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_fresh(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clear_existing_handlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        existing = sorted(logging.root.manager.loggerDict.keys())
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                for other in existing[existing.index(name) + 1:]:
                    if other[:len(prefix)] == prefix:
                        children.append(other)
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, children, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # factories that take fmt= rather than format=
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        cls = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return cls(fmt, datefmt, style, config['validate'])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    flt = f
                else:
                    flt = self.config['filters'][f]
                filterer.addFilter(flt)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        saved = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            klass = self.resolve(config.pop('class'))
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(saved)
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
            factory = klass
        kwargs = {k: config[k] for k in config if (k != '.' and valid_ident(k))}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()
