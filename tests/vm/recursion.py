# RecursionError at the recursion limit, caught, then the program goes on.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 150)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(100) % 1000003)
