package py

// Inline caches for LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD and STORE_ATTR.
// Each instruction has one cacheEntry (Code.caches, indexed like the
// instructions). Attribute caches key on the class and its version tag
// (bumped whenever the class or a base changes); global caches key on the
// globals and builtins dicts and their keys versions, and keep the entry
// position so that a hit is one slice index.

// Kinds of attribute cache entries.
const (
	cacheNone       = iota
	cacheInstDict   // no class attribute: look in the instance dict only
	cacheInstOrVal  // instance dict, else the plain class value in cache.value
	cacheInstOrFunc // instance dict, else the function cache.value bound to self
	cacheDataDescr  // a data descriptor on the class: call its __get__
	cacheBuiltinMeth
	cacheBuiltinAttr // a descriptor of a built-in type without instance dict
	cacheModule      // a module attribute at entry index
	cacheGlobal      // found in globals
	cacheBuiltin     // found in builtins
)

// getStrHint looks up a str key, trying the entry position remembered in
// *hint first.
func (d *Dict) getStrHint(key *Str, hint *int32) Object {
	if h := int(*hint); h < len(d.entries) {
		e := &d.entries[h]
		if e.key == Object(key) {
			return e.value
		}
	}
	ix := d.findStr(key, key.Hash())
	if ix < 0 {
		return nil
	}
	*hint = int32(ix)
	return d.entries[ix].value
}

// setStrHint sets a str key, trying the remembered position first.
func (d *Dict) setStrHint(key *Str, v Object, hint *int32) {
	if h := int(*hint); h < len(d.entries) {
		e := &d.entries[h]
		if e.key == Object(key) {
			e.value = v
			return
		}
	}
	h := key.Hash()
	if ix := d.findStr(key, h); ix >= 0 {
		d.entries[ix].value = v
		*hint = int32(ix)
		return
	}
	*hint = int32(len(d.entries))
	d.insertNew(key, v, h)
	if int(*hint) >= len(d.entries) || d.entries[*hint].key != Object(key) {
		*hint = int32(d.findStr(key, h))
	}
}

// loadGlobal is LOAD_GLOBAL with its cache.
func (t *Thread) loadGlobal(f *Frame, name *Str, c *cacheEntry) (Object, error) {
	g := f.globals
	if c.dict == g && c.version == g.keysVersion {
		if c.kind == cacheGlobal {
			return g.entries[c.index].value, nil
		}
		if b := f.builtins; c.dict2 == b && c.ver2 == b.keysVersion {
			return b.entries[c.index].value, nil
		}
	}
	h := name.Hash()
	if ix := g.findStr(name, h); ix >= 0 {
		c.dict, c.version, c.kind, c.index = g, g.keysVersion, cacheGlobal, int32(ix)
		return g.entries[ix].value, nil
	}
	b := f.builtins
	if ix := b.findStr(name, h); ix >= 0 {
		c.dict, c.version, c.kind, c.index = g, g.keysVersion, cacheBuiltin, int32(ix)
		c.dict2, c.ver2 = b, b.keysVersion
		return b.entries[ix].value, nil
	}
	return nil, nameError(name)
}

// plainGetAttr reports whether instances of typ use object's attribute
// lookup (no __getattribute__ or __getattr__ of the program's).
func (typ *Type) plainGetAttr() bool { return !typ.customGetAttr }

// fillInstanceCache records how a class resolves name for its instances.
func fillInstanceCache(typ *Type, name *Str, c *cacheEntry, method bool) {
	c.typ, c.version, c.index = typ, typ.version, 0
	descr := typ.Lookup(name)
	switch {
	case descr == nil:
		c.kind, c.value = cacheInstDict, nil
	case descr.Type() == FunctionType:
		c.kind, c.value = cacheInstOrFunc, descr
	default:
		dt := descr.Type()
		if dt.Slots.DescrGet != nil && dt.Slots.DescrSet != nil {
			c.kind, c.value = cacheDataDescr, descr
		} else if dt.Slots.DescrGet == nil {
			c.kind, c.value = cacheInstOrVal, descr
		} else {
			c.kind, c.typ = cacheNone, nil
		}
	}
}

// loadAttr is LOAD_ATTR with its cache.
func (t *Thread) loadAttr(owner Object, name *Str, c *cacheEntry) (Object, error) {
	switch o := owner.(type) {
	case *Instance:
		typ := o.typ
		if c.typ != typ || c.version != typ.version {
			if typ.customGetAttr {
				return GetAttr(t, owner, name)
			}
			if c = instanceEntry(c, typ); c.typ != typ || c.version != typ.version {
				fillInstanceCache(typ, name, c, false)
			}
		}
		switch c.kind {
		case cacheInstDict:
			if o.dict != nil {
				if v := o.dict.getStrHint(name, &c.index); v != nil {
					return v, nil
				}
			}
		case cacheInstOrVal:
			if o.dict != nil {
				if v := o.dict.getStrHint(name, &c.index); v != nil {
					return v, nil
				}
			}
			return c.value, nil
		case cacheInstOrFunc:
			if o.dict != nil {
				if v := o.dict.getStrHint(name, &c.index); v != nil {
					return v, nil
				}
			}
			return &Method{Func: c.value, Self: owner}, nil
		case cacheDataDescr:
			if m, ok := c.value.(*MemberDescr); ok {
				if v := o.slots[m.Index]; v != nil {
					return v, nil
				}
			}
			return c.value.Type().Slots.DescrGet(t, c.value, owner, typ)
		}
	case *Module:
		d := o.dict
		if c.dict == d && c.version == d.keysVersion {
			return d.entries[c.index].value, nil
		}
		if o.typ == nil {
			if ix := d.findStr(name, name.Hash()); ix >= 0 {
				c.dict, c.version, c.index = d, d.keysVersion, int32(ix)
				return d.entries[ix].value, nil
			}
		}
	}
	return GetAttr(t, owner, name)
}

// loadMethod is LOAD_METHOD: it returns (function, self) when the
// attribute is a plain function or method descriptor found on the class
// (so that CALL passes self without a bound method), or (attribute, nil).
func (t *Thread) loadMethod(owner Object, name *Str, c *cacheEntry) (Object, Object, error) {
	switch o := owner.(type) {
	case *Instance:
		typ := o.typ
		if c.typ != typ || c.version != typ.version {
			if typ.customGetAttr {
				v, err := GetAttr(t, owner, name)
				return v, nil, err
			}
			if c = instanceEntry(c, typ); c.typ != typ || c.version != typ.version {
				fillInstanceCache(typ, name, c, true)
			}
		}
		switch c.kind {
		case cacheInstOrFunc:
			if o.dict != nil && o.dict.used > 0 {
				if v := o.dict.GetStr(name); v != nil {
					return v, nil, nil
				}
			}
			return c.value, owner, nil
		case cacheInstDict:
			if o.dict != nil {
				if v := o.dict.getStrHint(name, &c.index); v != nil {
					return v, nil, nil
				}
			}
		case cacheInstOrVal:
			if o.dict != nil {
				if v := o.dict.getStrHint(name, &c.index); v != nil {
					return v, nil, nil
				}
			}
			return c.value, nil, nil
		case cacheDataDescr:
			v, err := c.value.Type().Slots.DescrGet(t, c.value, owner, typ)
			return v, nil, err
		}
		v, err := GetAttr(t, owner, name)
		return v, nil, err
	case *Module, *Type:
		v, err := t.loadAttr(owner, name, c)
		return v, nil, err
	}
	typ := owner.Type()
	if typ.Flags&FlagHeap == 0 {
		if c.typ == typ && c.kind == cacheBuiltinMeth {
			return c.value, owner, nil
		}
		if _, hasDict := owner.(dictHolder); !hasDict && typ.Slots.GetAttr == nil {
			descr := typ.Lookup(name)
			switch descr.(type) {
			case *MethodDescr:
				c.typ, c.kind, c.value = typ, cacheBuiltinMeth, descr
				return descr, owner, nil
			}
		}
	}
	v, err := GetAttr(t, owner, name)
	return v, nil, err
}

// storeAttr is STORE_ATTR with its cache.
func (t *Thread) storeAttr(owner Object, name *Str, v Object, c *cacheEntry) error {
	if o, ok := owner.(*Instance); ok {
		typ := o.typ
		if c.typ != typ || c.version != typ.version {
			c = instanceEntry(c, typ)
		}
		if c.typ == typ && c.version == typ.version {
			switch c.kind {
			case cacheInstDict:
				if o.dict != nil {
					o.dict.setStrHint(name, v, &c.index)
					return nil
				}
			case cacheDataDescr:
				if m, ok := c.value.(*MemberDescr); ok {
					o.slots[m.Index] = v
					return nil
				}
				return c.value.Type().Slots.DescrSet(t, c.value, owner, v)
			}
		}
		if !typ.customSetAttr {
			descr := typ.Lookup(name)
			switch {
			case descr != nil && descr.Type().Slots.DescrSet != nil:
				c.typ, c.version, c.kind, c.value = typ, typ.version, cacheDataDescr, descr
				if m, ok := descr.(*MemberDescr); ok && typ.IsSubtype(m.Owner) {
					o.slots[m.Index] = v
					return nil
				}
				return descr.Type().Slots.DescrSet(t, descr, owner, v)
			case o.dict != nil:
				c.typ, c.version, c.kind, c.index = typ, typ.version, cacheInstDict, 0
				o.dict.setStrHint(name, v, &c.index)
				return nil
			}
		}
	}
	return SetAttr(t, owner, name, v)
}

// callType calls a class, with a fast path for classes of the program
// that use object.__new__ and define __init__ in Python.
func (t *Thread) callType(typ *Type, args []Object, kw *Tuple) (Object, error) {
	if typ.Flags&FlagHeap != 0 && !typ.ownNew && typ.builtinBase == nil && typ.Flags&FlagAbstract == 0 {
		if init, ok := typ.Lookup(dnInit).(*Function); ok {
			inst := newInstance(typ)
			r, err := t.callFunctionSelf(init, inst, args, kw)
			if err != nil {
				return nil, err
			}
			if r != None {
				return nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
			}
			return inst, nil
		}
	}
	return typeCall(t, typ, args, kw)
}
