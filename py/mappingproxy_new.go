package py

// mappingproxy(mapping): a read-only view of any mapping, as CPython's
// types.MappingProxyType builds it from Python code.
func init() {
	MappingProxyType.Slots.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		var m Object
		if err := UnpackArgs("mappingproxy", args, kwnames, "mapping", &m); err != nil {
			return nil, err
		}
		mt := m.Type()
		if mt.Slots.GetItem == nil || mt.IsSubtype(ListType) || mt.IsSubtype(TupleType) {
			return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", mt.Name)
		}
		return &MappingProxy{m: m}, nil
	}
}
