if (x := 1) and (y := 2): pass
print(f"{x!r}")
[y := 1, y**2]
