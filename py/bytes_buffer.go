package py

// This file gives access to the bytes of bytes-like objects (the buffer
// protocol of CPython, for the types kaa has).

// bufferBytes returns the bytes of a bytes-like object: bytes, bytearray,
// memoryview, a BufferExporter such as array.array, or an instance of a
// subclass of one. The caller must not modify or keep them.
func bufferBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.b, true
	case *ByteArray:
		return v.b, true
	}
	data, _, _, ok := bufferOf(o)
	return data, ok
}

// repeatSizeError is the OverflowError of a repetition whose length (in
// items) cannot be represented, as CPython raises for str and bytes.
func repeatSizeError(size, n int, msg string) error {
	if n > 0 && size > (1<<63-1)/n {
		return Errorf(OverflowErrorType, "%s", msg)
	}
	return nil
}
