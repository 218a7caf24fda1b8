class A: pass
class B(): pass
class C(object,): pass
