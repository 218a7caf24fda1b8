# difflib: ndiff, unified/context diffs, SequenceMatcher opcodes and ratios, get_close_matches (random inputs from a seeded generator).
import difflib, random
r = random.Random(5)
def rnd_lines(n):
    return ["line %d %s\n" % (r.randrange(8), "x" * r.randrange(3)) for _ in range(n)]
for trial in range(60):
    a = rnd_lines(r.randrange(12)); b = rnd_lines(r.randrange(12))
    if trial % 3 == 0:
        b = a[:]; 
        if b: b[r.randrange(len(b))] = "changed %d\n" % trial
    print(list(difflib.ndiff(a, b)))
    print(list(difflib.unified_diff(a, b, "a", "b", n=r.randrange(4))))
    print(list(difflib.context_diff(a, b, "a", "b", "d1", "d2")))
    s = difflib.SequenceMatcher(None, "".join(a), "".join(b))
    print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes()[:5], list(s.get_grouped_opcodes(1))[:2])
for w in ["appel", "wheel", "pneapple", "xyz"]:
    print(difflib.get_close_matches(w, ["ape", "apple", "peach", "puppy", "wheat", "pineapple", "while"]))
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.ndiff(["\tabc def\n"], ["\tabd dex\n"])))
big_a = [str(i % 7) for i in range(300)]; big_b = [str(i % 5) for i in range(300)]
print(difflib.SequenceMatcher(None, big_a, big_b).get_opcodes()[:10], difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).ratio())
print(difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;").get_matching_blocks())
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_CHARACTER_JUNK("\t"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
