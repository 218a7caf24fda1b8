# An uncaught exception: the traceback goes to stderr, exit status 1.

def level2(d):
    return d["missing"] + 1

def level1():
    data = {"present": 1}
    return level2(data)

print("before")
level1()
print("never")
