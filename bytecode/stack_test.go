package bytecode

import "testing"

// TestStackEffectDefined checks that every opcode has a stack effect and a
// name, and that the jump-dependent effects differ only for the opcodes
// that branch.
func TestStackEffectDefined(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		if op.String() == "" {
			t.Errorf("opcode %d has no name", op)
		}
		for arg := uint32(0); arg < 4; arg++ {
			fall, ok1 := StackEffect(op, arg, false)
			jump, ok2 := StackEffect(op, arg, true)
			if !ok1 || !ok2 {
				t.Errorf("%v %d: no stack effect", op, arg)
				continue
			}
			if fall != jump && !op.IsJump() {
				t.Errorf("%v %d: effect %d falling through but %d jumping", op, arg, fall, jump)
			}
		}
		if got, ok := OpcodeByName(op.String()); !ok || got != op {
			t.Errorf("OpcodeByName(%q) = %v, %v", op, got, ok)
		}
	}
	if _, ok := StackEffect(NumOpcodes, 0, false); ok {
		t.Errorf("StackEffect accepts an undefined opcode")
	}
}

// TestInstrEncoding checks the 32-bit instruction layout.
func TestInstrEncoding(t *testing.T) {
	in := MakeInstr(LOAD_CONST, MaxArg)
	if in.Op() != LOAD_CONST || in.Arg() != MaxArg {
		t.Errorf("MakeInstr(LOAD_CONST, MaxArg) decodes as %v %d", in.Op(), in.Arg())
	}
}
