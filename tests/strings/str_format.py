# str.format: automatic and manual numbering, keywords, attributes,
# indexes, conversions, nested specs and errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

args = (1, "two", 3.5, [10, 20, 30], {"k": "v", 1: "one"}, ("a", "b"), Point(1, 2))
fmts = ["", "plain", "{}", "{} {}", "{0}{1}{0}", "{1!r}", "{1!s:>6}", "{1!a}", "{3[1]}", "{3[-1]}", "{4[k]}",
        "{4[1]}", "{5[0]}{5[1]}", "{2:.2f}", "{2:{0}}", "{2:{0}.{0}f}", "{:{}}", "{0:{1}}", "{:{:{}}}", "{{}}",
        "{{{0}}}", "}}{{", "{", "}", "{0", "{0!}", "{0!x}", "{0!rr}", "{0!r", "{0:", "{0[}", "{0[0}", "{0]}",
        "{0.}", "{6.x}", "{6.y!r:>5}", "{6!r}", "{6}", "{6:>12}", "{x}", "{x.y}", "{0}{}", "{}{0}", "{9}",
        "{0[0]x}", "{3[0]}", "{3[9]}", "{a}{b}", "{0:{x}}", "{0!r:^10}", "{1:*^9}", "{0:d}", "{1:d}", "{2:%}",
        "{0:b}", "{0.__class__.__name__}", "x{0}y{1}z", "{1[0]}", "{1[9]}", "{0:{1}{1}}", "{:}", "{!r}",
        "{0!\u00e9}", "{3[a]}", "{0[}]}", "{0:}}", "{0:{{}}}", "{99999999999999999999}", "{\u0661}", "{:{:}}",
        "{6.z}", "{a.imag}", "{b:>{a}}"]
for f in fmts:
    for call in ("pos", "kw", "map"):
        try:
            if call == "pos":
                r = f.format(*args)
            elif call == "kw":
                r = f.format(*args, a=7, b="B")
            else:
                r = f.format_map({"a": 5, "x": 0.25, "b": "bee"})
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), call, repr(r))

class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Missing(name="Ann")))
for bad in [lambda: "{a}".format_map(), lambda: "{a}".format_map(1), lambda: "{}".format_map({}),
            lambda: "{0}".format_map({})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
