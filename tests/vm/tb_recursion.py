# An uncaught RecursionError: repeated traceback lines are folded.
import sys
sys.setrecursionlimit(60)

def walk(n):
    return walk(n + 1)

walk(0)
