# The dis module's interface on code whose instructions CPython and kaa
# share (offsets differ: kaa's instructions are 4 bytes, without caches).
import dis, opcode
def add(a, b):
    c = a + b
    return c
print([(i.opname, i.argval, i.argrepr) for i in dis.get_instructions(add)])
print([i.starts_line for i in dis.get_instructions(add)])
ins = list(dis.get_instructions(add))[2]
print(ins.opname, ins.arg, ins.argval, ins.argrepr, ins.is_jump_target, ins.positions.lineno)
print(ins._fields)
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opmap["LOAD_FAST"] in dis.haslocal)
print(dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["LOAD_NAME"] in dis.hasname)
print(dis.opmap["COMPARE_OP"] in dis.hascompare, dis.cmp_op)
print(dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["BINARY_OP"], 0))
print(dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
try:
    dis.stack_effect(dis.opmap["LOAD_CONST"])
except ValueError as e:
    print(type(e).__name__, e)
print([(i.opname, i.argrepr) for i in dis.get_instructions("x = 1")])
print([(i.opname, i.argrepr) for i in dis.get_instructions("a.b")])
print(dis.code_info(add).splitlines()[:8])
dis.show_code(add)
b = dis.Bytecode(add)
print(b.codeobj is add.__code__, b.first_line, [i.opname for i in b][-1])
print(b.info() == dis.code_info(add))
print(dis.pretty_flags(add.__code__.co_flags))
print(list(dis.findlinestarts(add.__code__))[-1][1])
try:
    dis.dis(3)
except TypeError as e:
    print(type(e).__name__, e)
print(dis.COMPILER_FLAG_NAMES[32])
