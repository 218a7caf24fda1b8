// Package py is kaa's object model and virtual machine: the Python types
// (int, str, list, dict, ...), the exceptions, functions, frames, the eval
// loop that runs bytecode.Code, and the Interpreter that owns everything a
// running program can change.
//
// Every Python value is an Object. Behaviour lives in the slot table of
// its *Type; the generic operations in abstract.go (Repr, Hash, GetAttr,
// Call, BinaryOp, ...) dispatch through those slots, and the eval loop
// tries concrete fast paths before them. Every operation that may run
// Python code takes the current *Thread first. Errors are Go errors whose
// dynamic type is *Exception. See docs/vm.md for the decisions behind
// this layout and for how to add a built-in type or method.
package py
