package py

import (
	"sync"
)

// TypeFlags describe a type.
type TypeFlags uint32

// Type flags.
const (
	// FlagBaseType: the type may be subclassed.
	FlagBaseType TypeFlags = 1 << iota
	// FlagHeap: the type was created by a class statement or type().
	FlagHeap
	// FlagAbstract: the type has abstract methods (abc).
	FlagAbstract
	// FlagHasDict: instances have a __dict__.
	FlagHasDict
	// FlagImmutable: setting attributes on the type is an error (built-in
	// types).
	FlagImmutable
	// FlagSequence and FlagMapping mark types that match sequence and
	// mapping patterns in match statements.
	FlagSequence
	FlagMapping

	// Fast subclass checks, set on the type and all its subclasses.
	FlagIntSubclass
	FlagTupleSubclass
	FlagListSubclass
	FlagBytesSubclass
	FlagStrSubclass
	FlagDictSubclass
	FlagBaseExcSubclass
	FlagTypeSubclass
)

// inheritedFlags are passed from a base to its subclasses.
const inheritedFlags = FlagIntSubclass | FlagTupleSubclass | FlagListSubclass |
	FlagBytesSubclass | FlagStrSubclass | FlagDictSubclass | FlagBaseExcSubclass |
	FlagTypeSubclass | FlagSequence | FlagMapping

// Type is a Python class: built-in types are package-level values that
// never change after the package is initialised; classes created by a
// program belong to its Interpreter.
type Type struct {
	Name     string  // __name__
	QualName string  // __qualname__
	Doc      string  // __doc__ of a built-in type
	Base     *Type   // __base__: the base that determines the instance layout
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, starting with the type itself
	Dict     *Dict   // the namespace (read-only for built-in types)
	Flags    TypeFlags
	Slots    Slots

	// meta is the metaclass when it is not type.
	meta *Type
	// version changes whenever the type or one of its bases changes; the
	// attribute caches key on it.
	version uint32
	// builtinBase is the nearest built-in type in the MRO that is not
	// object (list for class L(list)), nil when there is none.
	builtinBase *Type
	// slotNames are the names given in __slots__ (excluding __dict__),
	// inherited ones first: each has an index in Instance.slots.
	slotNames []*Str
	// subclasses are the classes that name this one as a base (heap types
	// only; a built-in type's subclasses are found through the
	// Interpreter).
	subclasses []*Type
	// userSlots marks which Binary slots are the generic ones that call
	// dunder methods (so the dispatcher calls them once).
	userBinary uint32
	// unhashable marks built-in types whose Hash slot always raises, so
	// that their dict says __hash__ = None.
	unhashable bool
	// ownNew and ownInit say whether the type overrides object.__new__ and
	// object.__init__ (object's argument checks depend on it).
	ownNew, ownInit bool
	// customGetAttr and customSetAttr are set when a class of the program
	// defines __getattribute__/__getattr__ or __setattr__/__delattr__
	// (the attribute caches then step aside).
	customGetAttr, customSetAttr bool
	// structFields names the items of a struct sequence type.
	structFields []string
	// mcache caches Lookup results of a class of the program, keyed by
	// the name's identity and the class's version.
	mcache *[methodCacheSize]methodCacheEntry

	readyOnce sync.Once
}

// Type returns the metaclass: type, unless the class was made by another
// metaclass.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// newBuiltinType makes a built-in type with one base (nil only for
// object). Its slots and methods are filled by an init function in the
// file that defines the type.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, QualName: name, Flags: flags | FlagImmutable, Dict: NewDict(), version: 1}
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.Flags |= base.Flags & inheritedFlags
		if base.Base != nil {
			t.builtinBase = base
		}
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// NewBuiltinType returns a new built-in type called name with the given
// base (ObjectType when nil). Files that add a built-in type call it in a
// package-level variable declaration and fill the slots and methods in
// their init function.
func NewBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	if base == nil {
		base = ObjectType
	}
	return newBuiltinType(name, base, flags)
}

// ready finishes a built-in type the first time it is looked into: it
// adds the wrapper descriptors (int.__add__ ...) for the slots the type
// fills and that its dict does not already name.
func (t *Type) ready() {
	t.readyOnce.Do(func() {
		if t.Flags&FlagHeap != 0 {
			return
		}
		addSlotWrappers(t)
	})
}

// IsSubtype reports whether t is sub or one of its subclasses
// (issubclass for types).
func (t *Type) IsSubtype(sup *Type) bool {
	if t == sup {
		return true
	}
	for _, b := range t.MRO {
		if b == sup {
			return true
		}
	}
	return false
}

// methodCacheSize is the number of entries of a class's lookup cache.
const methodCacheSize = 32

type methodCacheEntry struct {
	name    *Str
	version uint32
	value   Object
}

// Lookup finds name in the type's MRO (the dicts of the type and its
// bases, in order), returning nil when no class defines it. It does not
// call descriptors. Results for classes of the program are cached.
func (t *Type) Lookup(name *Str) Object {
	if t.Flags&FlagHeap != 0 {
		if t.mcache == nil {
			t.mcache = new([methodCacheSize]methodCacheEntry)
		}
		e := &t.mcache[uint64(name.Hash())%methodCacheSize]
		if e.name == name && e.version == t.version {
			return e.value
		}
		v := t.lookupUncached(name)
		*e = methodCacheEntry{name, t.version, v}
		return v
	}
	return t.lookupUncached(name)
}

// lookupUncached walks the MRO.
func (t *Type) lookupUncached(name *Str) Object {
	for _, b := range t.MRO {
		if b.Flags&FlagHeap == 0 {
			b.ready()
		}
		if v := b.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// LookupString is Lookup with a Go string.
func (t *Type) LookupString(name string) Object { return t.Lookup(NewStr(name)) }

// lookupWhere is Lookup that also returns the class that defines name.
func (t *Type) lookupWhere(name *Str) (Object, *Type) {
	for _, b := range t.MRO {
		if b.Flags&FlagHeap == 0 {
			b.ready()
		}
		if v := b.Dict.GetStr(name); v != nil {
			return v, b
		}
	}
	return nil, nil
}

// IsInstance reports whether o's type is typ or a subclass of it
// (isinstance without __instancecheck__).
func IsInstance(o Object, typ *Type) bool { return o.Type().IsSubtype(typ) }

// ModuleName returns the type's __module__: "builtins" for built-in
// types unless their dict says otherwise.
func (t *Type) ModuleName() string {
	if v, ok := t.Dict.GetStr(dnModule).(*Str); ok {
		return v.s
	}
	return "builtins"
}

// FullName returns module.qualname, or just the qualname for builtins
// (as type reprs and error messages print it).
func (t *Type) FullName() string {
	m := t.ModuleName()
	if m == "builtins" {
		return t.QualName
	}
	return m + "." + t.QualName
}

// modified invalidates the caches that depend on t and its subclasses.
func (t *Type) modified() {
	t.version++
	for _, s := range t.subclasses {
		s.modified()
	}
}

// AddMethod adds a method to a built-in type; call it from the init
// function of the file that implements the method.
func (t *Type) AddMethod(name string, fn BuiltinFn, doc string) {
	t.Dict.setStrInit(name, &MethodDescr{Name: name, Fn: fn, Owner: t, Doc: doc})
}

// AddClassMethod adds a class method to a built-in type: fn receives the
// class as self.
func (t *Type) AddClassMethod(name string, fn BuiltinFn, doc string) {
	t.Dict.setStrInit(name, &ClassMethodDescr{Name: name, Fn: fn, Owner: t, Doc: doc})
}

// AddStaticMethod adds a static method to a built-in type: fn receives
// nil as self.
func (t *Type) AddStaticMethod(name string, fn BuiltinFn, doc string) {
	t.Dict.setStrInit(name, &StaticMethod{Callable: NewBuiltin(name, fn, doc)})
}

// AddGetSet adds a computed attribute to a built-in type; set may be nil
// for a read-only attribute.
func (t *Type) AddGetSet(name string, get Getter, set Setter, doc string) {
	t.Dict.setStrInit(name, &GetSetDescr{Name: name, Get: get, Set: set, Owner: t, Doc: doc})
}

// AddAttr adds a plain class attribute to a built-in type.
func (t *Type) AddAttr(name string, v Object) { t.Dict.setStrInit(name, v) }
