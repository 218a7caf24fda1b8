# str as a sequence: indexing, slicing with steps, concatenation,
# repetition with size checks, comparison, containment, iteration.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["abcdef", "héllo wörld", "a\U0001F600b\U0001F601c", ""]:
    print(repr(s), len(s), [s[i] for i in range(len(s))], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[10:],
          s[-100:2], s[4:1:-1], s[::-2], s[1:1], s[5:2])
show("index out", lambda: "abc"[3])
show("index neg out", lambda: "abc"[-4])
abc = "abc"
show("index str", lambda: abc["x"])
show("index float", lambda: abc[1.0])
show("index huge", lambda: "abc"[2**70])
show("slice step 0", lambda: "abc"[::0])
show("slice str", lambda: "abc"["a":])
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "é" * 3)
show("str + int", lambda: "a" + 1)
show("int + str", lambda: 1 + "a")
show("str * str", lambda: "a" * "b")
show("str * float", lambda: "a" * 1.5)
show("huge repeat", lambda: "ab" * 2**62)
show("huge repeat 1", lambda: "a" * 2**62)
show("index-size repeat", lambda: "a" * 2**63)
print("a" < "b", "a" < "ab", "ab" < "b", "B" < "a", "é" > "z", "\U0001F600" > "\uffff", "abc" == "abc",
      "a" != "b", "a" <= "a", "b" >= "a", "" < "a")
show("str < int", lambda: "a" < 1)
show("str == int", lambda: "a" == 1)
print("a" in "abc", "" in "abc", "bc" in "abc", "x" in "", "é" in "héllo", "\U0001F600" in "a\U0001F600")
show("int in str", lambda: 1 in "abc")
show("None in str", lambda: None in "abc")
print(list("héllo"), [c for c in "\U0001F600x"], tuple(""), sorted("cba"), max("abc"), min("héllo"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(hash("abc") == hash("abc"), hash("") == hash(""), {"a": 1}["a"], "a".__hash__() == hash("a"))
print(bool(""), bool(" "), "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2),
      "ab".__rmul__(2), "%s".__mod__(1), "abc".__getitem__(1))
s = "x"
s += "y"
s *= 2
print(s)
for text in ["abc", "héllo", ""]:
    it = iter(text)
    print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
it = iter("a\U0001F600b")
next(it)
print(it.__length_hint__(), next(it), it.__length_hint__())
