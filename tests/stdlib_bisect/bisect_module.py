# bisect and insort, with lo/hi bounds and key functions.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, 0, -1))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 2, hi=2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 1)
print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 1), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
print(bisect.bisect("acegi", "f"), bisect.bisect_left((1.5, 2.5), 2))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
