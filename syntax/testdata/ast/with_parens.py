with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
