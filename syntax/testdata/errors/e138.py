try:
  pass
except *:
  pass
