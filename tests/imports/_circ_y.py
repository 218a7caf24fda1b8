from _circ_x import fx
