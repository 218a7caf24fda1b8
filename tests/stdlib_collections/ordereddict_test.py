# collections.OrderedDict: order, move_to_end, popitem, equality, views,
# reversed, repr, operators.
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
od.update(d=4)
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("a"); print(list(od))
od.move_to_end("d", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
for call in ["OrderedDict().popitem()", "od.move_to_end('zz')", "od.pop('zz')", "OrderedDict(1)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y, OrderedDict() == {})
print(x | {"c": 3}, {"z": 0} | x, type(x | {}).__name__)
x |= {"e": 5}; print(x)
print(x.copy(), OrderedDict.fromkeys("abc", 0), x.setdefault("f", 6), x.pop("f"), x.get("a"))
r = OrderedDict(); r["self"] = r; print(r)
print(OrderedDict(), repr(OrderedDict(a=[1])), isinstance(od, dict), "b" in od, len(od))
print(od.keys() & {"b", "zz"}, ("b", 2) in od.items(), 2 in od.values())
class Sub(OrderedDict):
    pass
print(Sub(a=1), Sub(a=1).copy(), type(Sub(a=1).copy()).__name__)
d = OrderedDict.fromkeys(range(5))
d.move_to_end(2, last=False); d.move_to_end(0)
print(list(d), list(d.items())[:2])
del d[3]; print(list(d))
