# A program that does not compile: nothing runs, the SyntaxError is
# reported with the line and a caret.
print("never printed")
values = [1, 2, 3
print(values)
