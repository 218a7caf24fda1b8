# the builtins module holds every name CPython 3.11 has
import builtins
names = dir(builtins)
print(len(names))
print(names)
import sys
print(type(builtins).__name__, builtins.__name__, builtins.len is len, builtins.__dict__['print'] is print)
mod_dir = dir(sys)
print(mod_dir == sorted(mod_dir), 'argv' in mod_dir, '__init__' in mod_dir)
for name in ('abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'divmod', 'format', 'getattr', 'hash',
             'hex', 'id', 'isinstance', 'iter', 'len', 'max', 'min', 'next', 'oct', 'ord', 'pow', 'print',
             'repr', 'round', 'sorted', 'sum', 'vars', 'open', 'input', 'dir', 'globals', 'locals'):
    f = getattr(builtins, name)
    print(name, type(f).__name__, f.__name__, repr(f))
for name in ('range', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'list', 'tuple', 'dict', 'set',
             'frozenset', 'slice', 'object', 'bytearray', 'memoryview'):
    t = getattr(builtins, name)
    print(name, repr(t), t.__name__, t.__module__)
