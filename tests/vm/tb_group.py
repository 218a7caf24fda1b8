# An uncaught exception raised inside a with block and a finally clause.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("cleanup", a[0].__name__)
        return False

def work():
    with Resource():
        try:
            raise ValueError("inner problem")
        finally:
            print("finally runs")

work()
