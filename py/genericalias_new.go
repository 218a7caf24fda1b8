package py

// types.GenericAlias(origin, args) can be called from Python, as
// collections.abc's __class_getitem__ = classmethod(GenericAlias) does.
func init() {
	GenericAliasType.Slots.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoKwargs("GenericAlias", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return NewGenericAlias(args[0], args[1]), nil
	}
}
