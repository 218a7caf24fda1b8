# A circular import that works: the modules only use each other's names
# once both have finished.
import _circ_a
print(_circ_a.fa())
import _circ_b
print(_circ_b.fb_name())
