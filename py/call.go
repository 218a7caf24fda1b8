package py

// callFunction calls a Python function.
func (t *Thread) callFunction(f *Function, args []Object, kwnames *Tuple) (Object, error) {
	return nil, Errorf(SystemErrorType, "calling Python functions is not implemented yet")
}
