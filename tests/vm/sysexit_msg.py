# SystemExit with a message prints it to stderr and exits 1.
print("start")
raise SystemExit("fatal: giving up")
