print("start _circ_b")
import _circ_a
def fb_name():
    return "b+" + _circ_a.name()
print("end _circ_b, _circ_a has fa:", hasattr(_circ_a, "fa"))
