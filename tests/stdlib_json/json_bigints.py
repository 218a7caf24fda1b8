# json and the int string conversion limit (4300 digits).
import json
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(str(json.loads("9" * 4300))))
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
