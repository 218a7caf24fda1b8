import _circ_p
print(_circ_p.P)
