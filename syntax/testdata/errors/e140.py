with a, b
  pass
