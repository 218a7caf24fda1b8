package py

// method(function, instance): the constructor of bound methods
// (types.MethodType), which weakref.WeakMethod and programs use.
func init() {
	if MethodType.Slots.New != nil {
		return
	}
	MethodType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if err := CheckArgs("method", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Slots.Call == nil {
			return nil, Errorf(TypeErrorType, "first argument must be callable")
		}
		if args[1] == None {
			return nil, Errorf(TypeErrorType, "instance must not be None")
		}
		return &Method{Func: args[0], Self: args[1]}, nil
	}
}
