package py

// Frame is the activation of a code object: its locals followed by its
// value stack in one slice, and what it runs against.
type Frame struct {
	code     *Code
	fn       *Function
	globals  *Dict
	builtins *Dict
	// locals is the namespace of module and class bodies (nil for
	// functions, whose locals are fast).
	locals Object
	// fast holds the fast locals (localsplus) then the value stack.
	fast []Object
	back *Frame
	// lasti is the index of the instruction being run (for tracebacks).
	lasti int
	// pc and sp are the saved instruction and stack pointers of a
	// suspended generator frame.
	pc, sp int
	// gen is the generator that owns the frame, if any.
	gen *Generator
	// kwnames holds the names of the keyword arguments of the coming
	// CALL (set by KW_NAMES).
	kwnames *Tuple
	// yielded is set by eval when the frame suspended (yield) rather
	// than returned.
	yielded bool
	// escaped is set when something outside the call keeps the frame (a
	// traceback, a generator, f_back chains), so it must not be reused.
	escaped bool
}

// FrameType is the type of frame objects.
var FrameType = newBuiltinType("frame", ObjectType, 0)

// Type returns FrameType.
func (*Frame) Type() *Type { return FrameType }

// Code returns the frame's code.
func (f *Frame) Code() *Code { return f.code }

// Traceback is one entry of an exception's traceback: a frame and the
// instruction it was running.
type Traceback struct {
	next  *Traceback
	frame *Frame
	lasti int
}

// TracebackType is the type of traceback objects.
var TracebackType = newBuiltinType("traceback", ObjectType, 0)

// Type returns TracebackType.
func (*Traceback) Type() *Type { return TracebackType }
