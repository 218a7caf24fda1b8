"""kaa's instruction set: opcode names and numbers, and which opcodes
take which kind of argument (the tables dis uses).

kaa's instructions are CPython 3.11's, one 32-bit word each (8-bit
opcode, 24-bit argument), with absolute jump targets, no CACHE entries
and no PRECALL; see the bytecode package of kaa for the stack effect of
each. The numbering is kaa's own.
"""

from _opcode import (opname, opmap, hasarg, hasconst, hasname, hasjabs,
                     hasjrel, haslocal, hasfree, hascompare, cmp_op,
                     stack_effect)
import _opcode

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "stack_effect", "hasjump"]

# Every jump of kaa names its target instruction (there are no relative
# jumps): hasjump lists them all.
hasjump = hasjabs

# (name, symbol) of each argument of BINARY_OP, by number.
_nb_ops = [("NB_" + str(i), sym) for i, sym in enumerate(_opcode.nb_ops)]
