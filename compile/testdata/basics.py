"""doc"""
import os
x: int = 1
def f(a, b=2, *args, c, d=4, **kw):
    global x
    for i in range(10):
        if i % 2 and a:
            continue
        x += i
    while a < b:
        a += 1
    try:
        return [y for y in args if y]
    except (ValueError, TypeError) as e:
        print(e)
    finally:
        print("done")
class C(object):
    def m(self):
        return super().m()
