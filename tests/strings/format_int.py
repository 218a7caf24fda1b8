# format() of ints and bools under the format-spec mini-language.
values = [0, 1, -1, 42, -255, 65, 1234567, -98765432101, 2**100, -2**70, True, False]
specs = ["", "d", "5", "<5", ">5", "^5", "^6", "=6", "*^7", "+", "-", " ", "+5", " 5", "05", "+05", "0=5",
         "x<6", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "#010x", "#010_X", "_b", "_x", "_o", "_d", ",",
         ",d", "010,", "08,d", "012_", "020_b", "n", "e", "E", ".2f", "%", ".3g", "g", "+.1e", "-^#10x",
         " #o", "\u00e9^9", "0<5", "0>5", "015,d", "#_b"]
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v))
    for s, r in zip(specs, out):
        print("   ", repr(s), repr(r))

for v in [65, 0x1F600, 0, 1114111]:
    for s in ["c", "5c", "<5c", "05c", "^3c"]:
        print(v, repr(s), repr(format(v, s)))

class I(int):
    def __str__(self):
        return "I-str"
print(format(I(5), ""), format(I(5), "d"), format(I(5), "x"), "{}".format(I(7)), f"{I(8)}")
print(int.__format__(255, "x"), (255).__format__("#o"), bool.__format__(True, ""), True.__format__("d"))
