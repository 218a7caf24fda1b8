# Widths and repetitions that cannot be met raise MemoryError or
# OverflowError instead of exhausting memory.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", len(r))

show("format width", lambda: format(1, "99999999999"))
show("format width str", lambda: format("a", "<99999999999"))
show("format width float", lambda: format(1.5, "^99999999999"))
show("str.format width", lambda: "{:99999999999}".format("a"))
show("f-string width", lambda: f"{1.5:>99999999999}")
show("percent star width", lambda: "%*d" % (2**40, 1))
show("percent width", lambda: "%99999999999s" % "a")
show("center", lambda: "a".center(2**62))
show("ljust huge", lambda: "a".ljust(2**70))
show("zfill", lambda: "1".zfill(2**62))
show("repeat", lambda: "ab" * 2**62)
show("repeat one", lambda: "a" * 2**62)
show("repeat index", lambda: "a" * 2**64)
show("bytes repeat", lambda: b"ab" * 2**62)
show("bytearray repeat", lambda: bytearray(b"ab") * 2**62)
show("bytes(huge)", lambda: bytes(2**62))
show("replace", lambda: ("a" * 1000).replace("a", "b" * 2**53))
show("join", lambda: "x" * 2**20 and "-" * 10)
show("ok width", lambda: format(7, "1000"))
