print("start _circ_a")
import _circ_b
def fa():
    return "fa sees " + _circ_b.fb_name()
def name():
    return "a"
print("end _circ_a")
