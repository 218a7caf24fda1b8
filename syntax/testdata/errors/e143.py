class A(x)
  pass
