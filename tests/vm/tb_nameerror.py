# NameError and AttributeError with CPython 3.11's "Did you mean" hints.
class Config:
    verbose = True
    def __init__(self):
        self.threshold = 10

c = Config()
try:
    print(c.treshold)
except AttributeError as e:
    print("caught:", e)

def compute():
    counter = 1
    return countr + 1

compute()
