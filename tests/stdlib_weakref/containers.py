# weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod,
# finalize.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name
    def __repr__(self):
        return f"Node({self.name})"

nodes = {n: Node(n) for n in "abcde"}
wv = weakref.WeakValueDictionary(nodes)
print(len(wv), sorted(wv), wv["a"], wv.get("z"), "b" in wv)
del nodes["b"], nodes["c"]
gc.collect()
print(len(wv), sorted(wv), "b" in wv, sorted(k for k, v in wv.items()))
wv["x"] = Node("temp")
gc.collect()
print("x" in wv, wv.setdefault("a", None).name, wv.pop("a").name, sorted(wv.keys()))

keep = [Node("k1"), Node("k2")]
wk = weakref.WeakKeyDictionary()
wk[keep[0]] = 1
wk[keep[1]] = 2
wk[Node("gone")] = 3
gc.collect()
print(len(wk), sorted(wk.values()), keep[0] in wk, wk.get(keep[1]))
keep.pop()
gc.collect()
print(len(wk), [n.name for n in wk.keys()])

members = [Node("m1"), Node("m2"), Node("m3")]
ws = weakref.WeakSet(members)
print(len(ws), members[0] in ws, Node("m1") in ws)
members = members[:1]
gc.collect()
print(len(ws), sorted(n.name for n in ws))
ws.add(Node("t"))
gc.collect()
print(len(ws))

n = Node("meth")
wm = weakref.WeakMethod(n.greet)
print(wm()(), wm() == n.greet, wm == weakref.WeakMethod(n.greet))
del n
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

log = []
target = Node("fin")
f = weakref.finalize(target, log.append, "finalized")
print(f.alive, f.peek()[0] is target, f.atexit)
del target
gc.collect()
print(log, f.alive, f.peek())
g = weakref.finalize(Node("direct"), log.append, "called")
print(g(), g(), log)
h = weakref.finalize(Node("detach"), log.append, "never")
print(h.detach() is not None or True, h.alive)
keep_me = Node("exit")
weakref.finalize(keep_me, print, "finalizer at exit")
print("end of program")
