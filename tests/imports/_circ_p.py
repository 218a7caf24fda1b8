import _circ_q
P = 1
