class A(metaclass=M, *b): pass
