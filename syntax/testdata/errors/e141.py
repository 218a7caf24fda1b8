with (a, b)
  pass
