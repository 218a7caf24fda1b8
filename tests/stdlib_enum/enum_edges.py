# enum edge cases: IntFlag inversion and negatives, Flag with zero and aliases, custom reprs, unhashable values, nested classes.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
class P(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(~P.A), repr(P(-1)), repr(P(0) | P.A), P.A ^ P.B, repr(P.A & 3), repr(~P(0)), list(~P.A))
class F(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(F), repr(F(0)), repr(F.NONE), repr(F.AB), repr(~F.A), F.AB in F, len(F), F.__members__.keys())
print(repr(F(3)), F(3) is F.AB, bool(F.NONE))
class E(Enum):
    A = 1
    def __repr__(self): return "custom"
print(repr(E.A), str(E.A), format(E.A, "^10"))
class W(Enum):
    x = [1, 2]
    y = {"a": 1}
print(W([1, 2]), W({"a": 1}), list(W))
class H(IntEnum):
    a = 1
    b = True
print(list(H), H(True))
try:
    Enum("Bad", "a b a")
except TypeError as e:
    print("TypeError", e)
class Q(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    @staticmethod
    def s(): return "static"
    class Inner: pass
print(Q.A.double, Q.s(), list(Q))
print(Q.A.name, Q.A.value, Q.A.__class__.__mro__)
class G(str, Enum):
    A = "a"
print(f"{G.A}", str(G.A), G.A.value, "%s" % G.A)
print(enum.Enum.__dict__.get("_member_map_", "no"), Enum._member_names_ if hasattr(Enum, "_member_names_") else None)
print(isinstance(P.A, int), P.A.bit_length(), P(7).name, F(3).name, F(0).name)
