package py

// tracebackGetNext is traceback.tb_next.
func tracebackGetNext(t *Thread, o Object) (Object, error) {
	tb := o.(*Traceback)
	if tb.next == nil {
		return None, nil
	}
	return tb.next, nil
}

// tracebackSetNext assigns traceback.tb_next (unittest cuts its own
// frames out of reports this way), refusing loops as CPython does.
func tracebackSetNext(t *Thread, o Object, v Object) error {
	tb := o.(*Traceback)
	if v == nil {
		return Errorf(TypeErrorType, "can't delete tb_next attribute")
	}
	if v == None {
		tb.next = nil
		return nil
	}
	next, ok := v.(*Traceback)
	if !ok {
		return Errorf(TypeErrorType, "expected traceback object or None, got '%s'", TypeName(v))
	}
	for c := next; c != nil; c = c.next {
		if c == tb {
			return Errorf(ValueErrorType, "traceback loop detected")
		}
	}
	tb.next = next
	return nil
}
