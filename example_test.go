package kaa_test

import (
	"fmt"
	"strings"

	"github.com/kaa-lang/kaa"
)

// Run a program with its output captured.
func Example() {
	var out strings.Builder
	in := kaa.New(kaa.Options{Stdout: &out})
	err := in.Exec(`
def greet(name):
    return f"hello, {name}!"

for who in ["world", "kaa"]:
    print(greet(who))
`)
	in.Flush()
	fmt.Print(out.String())
	fmt.Println(err)
	// Output:
	// hello, world!
	// hello, kaa!
	// <nil>
}

// Evaluate expressions and convert the results to Go values.
func ExampleInterpreter_Eval() {
	in := kaa.New(kaa.Options{})
	v, _ := in.Eval("sum(x * x for x in range(10))")
	fmt.Println(v)
	v, _ = in.Eval("{'a': [1, 2.5], 'b': None}")
	fmt.Println(v)
	// Output:
	// 285
	// map[a:[1 2.5] b:<nil>]
}

// Call a Python function with Go arguments.
func ExampleInterpreter_Call() {
	in := kaa.New(kaa.Options{})
	in.Exec("def area(w, h=1):\n    return w * h")
	v, _ := in.Call("area", 6, 7)
	fmt.Println(v)
	// Output: 42
}

// A Python exception reaches Go as an *Error with CPython's traceback.
func ExampleError() {
	in := kaa.New(kaa.Options{})
	_, err := in.Eval("int('forty-two')")
	e := err.(*kaa.Error)
	fmt.Println(e.Type)
	fmt.Println(e.Message)
	fmt.Print(e.Traceback)
	// Output:
	// ValueError
	// invalid literal for int() with base 10: 'forty-two'
	// Traceback (most recent call last):
	//   File "<string>", line 1, in <module>
	// ValueError: invalid literal for int() with base 10: 'forty-two'
}
