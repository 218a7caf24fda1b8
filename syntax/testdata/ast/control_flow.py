x = 1; y = 2;
if a: pass
elif b: pass
elif c: pass
else: pass
while x: break
else: continue
for x, in y: pass
for (x, y) in z: pass
for [x, *y] in z: pass
