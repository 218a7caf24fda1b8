# collections.ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm, cm)
cm["d"] = 4; print(over, base)
del cm["b"]; print(cm["b"], over)
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"], child.maps[0])
print(ChainMap(), ChainMap().maps, bool(ChainMap()), bool(ChainMap({}, {"x": 1})), dict(ChainMap({"x": 1}, {"x": 2, "y": 3})))
print(cm.pop("c"), cm.popitem(), over)
print(list(ChainMap({"b": 1, "a": 2}, {"c": 3, "a": 4})))

ud = UserDict(a=1)
ud["b"] = 2
print(ud, ud.data, len(ud), ud["a"], "b" in ud, sorted(ud.keys()), ud.get("z"), ud.copy(), isinstance(ud, dict))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"])
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [9] + ul, ul * 2, len(ul), ul.pop(), ul == [0, 1, 2])
us = UserString("Hello")
print(us, us.upper(), us[1:3], len(us), us + "!", us * 2, "ell" in us, us.split("l"), us == "Hello", repr(us))
