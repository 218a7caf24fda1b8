# marshal: every supported type survives dumps/loads, at every version.
import marshal
values = [None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**63, -2**100,
          3**200, 0.0, -0.0, 1.5, 1e300, float("inf"), 1j, complex(1.5, -2.5), "", "abc", "é日本",
          "\U0001F600", "x" * 300, b"", b"\x00\xff", (), (1,), (1, (2, (3,))), [], [1, [2]],
          {}, {"a": 1, 2: [3]}, set(), {1, 2, 3}, frozenset(), frozenset({1, 2}), ((), [], {})]
for v in values:
    ok = []
    for version in range(5):
        back = marshal.loads(marshal.dumps(v, version))
        ok.append(back == v and type(back) is type(v))
    print(repr(v)[:40], all(ok))
nan = marshal.loads(marshal.dumps(float("nan")))
print(nan != nan)
print(marshal.version)
a = [1, 2]
shared = marshal.loads(marshal.dumps([a, a]))
print(shared, shared[0] is shared[1])
rec = []
rec.append(rec)
back = marshal.loads(marshal.dumps(rec))
print(back[0] is back, len(back))
d = {}
d["self"] = d
back = marshal.loads(marshal.dumps(d))
print(back["self"] is back)
print(marshal.loads(marshal.dumps(bytearray(b"ba"))), marshal.loads(marshal.dumps(memoryview(b"mv"))))
print(marshal.loads(b"i\x05\x00\x00\x00extra bytes ignored"))
print(marshal.dumps(5, 0) == marshal.dumps(5, 4).replace(b"\xe9", b"i") or marshal.dumps(5, 0)[1:] == b"\x05\x00\x00\x00")
print(marshal.dumps(1.5, 1)[1:])
print(marshal.loads(marshal.dumps(1.5, 1)), marshal.loads(marshal.dumps(2j, 1)))
code = compile("x = 6 * 7", "<marshalled>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["x"])
c2 = marshal.loads(marshal.dumps(code))
print(c2.co_filename, c2.co_name, c2 == code or c2.co_consts == code.co_consts)
