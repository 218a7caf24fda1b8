x = f"{x}" f"{y!r:>{w}}" "abc" u"d"
