package py

// This file gives access to the bytes of bytes-like objects (the buffer
// protocol of CPython, for the types kaa has).

// bufferBytes returns the bytes of a bytes-like object: bytes, bytearray,
// memoryview, array, or an instance of a subclass of one. The caller
// must not modify or keep them.
func bufferBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.b, true
	case *Instance:
		if v.base != nil {
			return bufferBytes(v.base)
		}
	}
	return nil, false
}
