// Package io implements _io, the Go half of kaa's io module: the
// abstract stream classes, StringIO and BytesIO. The Python half
// (lib/io.py) adds the ABCs that make open()'s file objects and these
// streams isinstance of io.IOBase, io.TextIOBase and so on.
package io

import "github.com/kaa-lang/kaa/py"

// Init creates the _io module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_io")
	m.Set("DEFAULT_BUFFER_SIZE", py.NewInt(DefaultBufferSize))
	m.Set("_IOBase", IOBaseType)
	m.Set("_RawIOBase", RawIOBaseType)
	m.Set("_BufferedIOBase", BufferedIOBaseType)
	m.Set("_TextIOBase", TextIOBaseType)
	m.Set("StringIO", StringIOType)
	m.Set("BytesIO", BytesIOType)
	m.Set("UnsupportedOperation", py.UnsupportedOperation())
	m.Set("BlockingIOError", py.BlockingIOErrorType)
	m.Set("FileIO", py.FileIOType)
	m.Set("BufferedReader", py.BufferedReaderType)
	m.Set("BufferedWriter", py.BufferedWriterType)
	m.Set("BufferedRandom", py.BufferedRandomType)
	m.Set("TextIOWrapper", py.TextIOWrapperType)
	if open := in.Builtins().Get("open"); open != nil {
		m.Set("open", open)
	}
	m.AddFunc("text_encoding", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var encoding py.Object
		stacklevel := 2
		if err := py.UnpackArgs("text_encoding", args, kw, "encoding", &encoding, "stacklevel?", &stacklevel, "/"); err != nil {
			return nil, err
		}
		if encoding == py.None {
			return py.NewStr("locale"), nil
		}
		return encoding, nil
	}, "Return the encoding a text stream uses when encoding is None.")
	return m, nil
}
