# gc: the interface (collect, enable/disable, thresholds, tracking).
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
try:
    gc.collect(5)
except ValueError as e:
    print(e)
print(gc.get_threshold())
gc.set_threshold(100, 5, 5); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()), type(gc.get_stats()).__name__, len(gc.get_stats()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}),
      gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked(object()))
print(type(gc.get_objects()).__name__, gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.DEBUG_STATS)
gc.freeze(); gc.unfreeze()
print(gc.get_freeze_count(), gc.get_debug())
class Cycle:
    pass
a, b = Cycle(), Cycle()
a.other, b.other = b, a
del a, b
print(gc.collect() >= 0)
