# super(): zero-argument and explicit forms, classmethods, properties,
# diamonds, and its errors.

class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @property
    def p(self):
        return "A.p"

class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def p(self):
        return "B>" + super().p

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who(), D.make(), D().p)
print(super(B, D()).who(), super(D, D).make())

class E(A):
    def who(self):
        return super(E, self).who() + ["E"]

print(E().who())

def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)

outside()

class F(A):
    def method(self):
        def inner():
            return super(F, self).who()
        return inner()

print(F().method())

try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)

class G(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "G:" + super().__repr__()[:8]

print(G().ok, repr(G()))
s = super(B, B())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)

class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

h = H()
h["x"] = 5
print(h)
