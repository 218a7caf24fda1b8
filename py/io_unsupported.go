package py

import "sync"

// unsupportedOperation is io.UnsupportedOperation, built on first use:
// its slots come from OSError, whose slot table is only complete once
// the package's init functions have run.
var unsupportedOperation struct {
	once sync.Once
	typ  *Type
}

// unsupportedOperationType returns io.UnsupportedOperation, the
// exception raised for operations a stream does not support.
func unsupportedOperationType() *Type {
	unsupportedOperation.once.Do(func() {
		unsupportedOperation.typ = NewExceptionType("io", "UnsupportedOperation", "", OSErrorType, ValueErrorType)
	})
	return unsupportedOperation.typ
}
