def f():  # type: () -> None
    pass
x = 1  # type: int
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
def g(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
import a  # type: ignore
x = 2  # type: ignore[foo]
