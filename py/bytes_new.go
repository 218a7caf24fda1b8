package py

// This file holds the constructors of bytes and bytearray: from nothing,
// a count, a str with an encoding, a bytes-like object, __bytes__, or an
// iterable of ints.

func init() {
	BytesType.Slots.New = bytesNew
	BytesType.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object"
}

var dnBytes = newStaticStr("__bytes__")

// bytesArgs parses (source, encoding, errors) and builds the contents;
// typeName names the type in messages.
func bytesArgs(t *Thread, typeName string, args []Object, kwnames *Tuple) ([]byte, error) {
	var source, encoding, errors Object
	if err := UnpackArgs(typeName, args, kwnames, "source?", &source, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	for i, o := range []Object{encoding, errors} {
		if o != nil {
			if _, ok := AsStr(o); !ok {
				return nil, Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", typeName, []string{"encoding", "errors"}[i], argTypeName(o))
			}
		}
	}
	if source == nil {
		if encoding != nil {
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		}
		if errors != nil {
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		return []byte{}, nil
	}
	if s, ok := AsStr(source); ok {
		if encoding == nil {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		enc, _ := AsStr(encoding)
		errs := "strict"
		if errors != nil {
			e, _ := AsStr(errors)
			errs = e.s
		}
		return EncodeStr(t, s, enc.s, errs)
	}
	if encoding != nil {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if errors != nil {
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if typeName == "bytes" {
		if _, exact := source.(*Bytes); !exact {
			r, found, err := callDunder(t, source, dnBytes)
			if err != nil {
				return nil, err
			}
			if found {
				b, ok := AsBytes(r)
				if !ok {
					return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
				}
				return b.b, nil
			}
		}
	}
	if b, ok := bufferBytes(source); ok {
		return append([]byte{}, b...), nil
	}
	if source.Type().Slots.Index != nil {
		v, err := Index(t, source)
		if err != nil {
			return nil, err
		}
		n, big, _ := IntValue(v)
		if big != nil || n > 1<<62 {
			if big != nil && big.Sign() < 0 {
				return nil, Errorf(ValueErrorType, "negative count")
			}
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if err := t.checkSize(1, int(n)); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if _, isStr := AsStr(source); !isStr && source.Type().Slots.Iter != nil || source.Type().Slots.GetItem != nil {
		msg := "bytes must be in range(0, 256)"
		if typeName == "bytearray" {
			msg = "byte must be in range(0, 256)"
		}
		return bytesFromIterable(t, source, msg)
	}
	return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", TypeName(source), typeName)
}

// bytesFromIterable collects an iterable of ints in range(256).
func bytesFromIterable(t *Thread, o Object, rangeMsg string) ([]byte, error) {
	var items []Object
	switch v := o.(type) {
	case *List:
		items = v.items
	case *Tuple:
		items = v.items
	default:
		var err error
		if items, err = ListFromIterable(t, o); err != nil {
			return nil, err
		}
	}
	out := make([]byte, len(items))
	for i, x := range items {
		var n int64
		if v, ok := x.(Int); ok {
			n = int64(v)
		} else {
			v, err := Index(t, x)
			if err != nil {
				return nil, err
			}
			s, big, _ := IntValue(v)
			if big != nil {
				return nil, Errorf(ValueErrorType, "%s", rangeMsg)
			}
			n = s
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueErrorType, "%s", rangeMsg)
		}
		out[i] = byte(n)
	}
	return out, nil
}

// bytesNew implements bytes(source=b”, encoding=..., errors=...).
func bytesNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	b, err := bytesArgs(t, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	if typ == BytesType {
		return NewBytes(b), nil
	}
	return newInstanceWithBase(t, typ, NewBytes(b))
}

// byteArrayNew creates an empty bytearray; __init__ fills it.
func byteArrayNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == ByteArrayType {
		return NewByteArray(nil), nil
	}
	return newInstanceWithBase(t, typ, NewByteArray(nil))
}

// byteArrayInit implements bytearray.__init__(source, encoding, errors).
func byteArrayInit(t *Thread, o Object, args []Object, kwnames *Tuple) error {
	a, _ := AsByteArray(o)
	b, err := bytesArgs(t, "bytearray", args, kwnames)
	if err != nil {
		return err
	}
	a.b = b
	return nil
}
