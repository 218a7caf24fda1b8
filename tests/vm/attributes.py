# Attribute access: getattr/setattr/delattr/hasattr, errors on built-in
# objects and types, __dict__, class versus instance attributes.

class Obj:
    cls_attr = "class"

o = Obj()
o.x = 1
print(getattr(o, "x"), getattr(o, "missing", "default"), hasattr(o, "cls_attr"))
setattr(o, "y", 2)
delattr(o, "x")
print(sorted(o.__dict__), o.cls_attr, Obj.cls_attr)
o.cls_attr = "instance"
print(o.cls_attr, Obj.cls_attr)
del o.cls_attr
print(o.cls_attr)

for stmt in ["(1).x", "(1).x = 2", "int.x = 2", "del int.real", "None.x", "'s'.upper = 1",
             "object().x = 1", "delattr(o, 'nothere')", "[].append.x", "getattr(o, 5)",
             "type.__dict__['__name__'].__get__(1)", "len.x = 1"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

WithMeta.added = 3
print(WithMeta.added, "added" in WithMeta.__dict__, type(WithMeta.__dict__).__name__)

def f():
    pass

f.custom = "on function"
print(f.custom, f.__dict__)

import sys
mod = sys.modules[__name__]
mod.dynamic = 42
print(dynamic)
print(getattr(mod, "dynamic"), hasattr(sys, "argv"))
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")

lz = Lazy()
print(lz.xy, hasattr(lz, "zz"), getattr(lz, "zz", "fallback"))
print(vars(o), dir(o)[-3:])
