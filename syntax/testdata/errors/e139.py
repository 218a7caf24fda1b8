try:
  pass
finally:
x
