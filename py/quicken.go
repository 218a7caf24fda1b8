package py

import "github.com/kaa-lang/kaa/bytecode"

// Superinstructions. When code is loaded, common pairs of instructions
// are rewritten so that the first of the pair does the work of both and
// skips the second, as CPython 3.11 does: the second instruction stays in
// place, so a jump to it still works. These opcodes exist only in the
// interpreter's copy of the instructions, never in bytecode.Code.
const (
	opLoadFastLoadFast bytecode.Opcode = 200 + iota
	opLoadFastLoadConst
	opStoreFastLoadFast
	opLoadConstLoadFast
	opStoreFastStoreFast
)

// quicken returns a copy of instrs with superinstructions.
func quicken(instrs []bytecode.Instr) []bytecode.Instr {
	out := append([]bytecode.Instr(nil), instrs...)
	for i := 0; i+1 < len(out); i++ {
		if i > 0 && out[i-1].Op() == bytecode.EXTENDED_ARG {
			continue
		}
		a, b := out[i].Op(), out[i+1].Op()
		var fused bytecode.Opcode
		switch {
		case a == bytecode.LOAD_FAST && b == bytecode.LOAD_FAST:
			fused = opLoadFastLoadFast
		case a == bytecode.LOAD_FAST && b == bytecode.LOAD_CONST:
			fused = opLoadFastLoadConst
		case a == bytecode.STORE_FAST && b == bytecode.LOAD_FAST:
			fused = opStoreFastLoadFast
		case a == bytecode.LOAD_CONST && b == bytecode.LOAD_FAST:
			fused = opLoadConstLoadFast
		case a == bytecode.STORE_FAST && b == bytecode.STORE_FAST:
			fused = opStoreFastStoreFast
		default:
			continue
		}
		out[i] = bytecode.MakeInstr(fused, out[i].Arg())
		i++ // the second of a pair does not start another pair
	}
	return out
}
