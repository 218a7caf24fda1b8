# json.JSONEncoder: default, subclasses, iterencode, dump chunks.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({"p": Point(1, [Point(2, 3)])}, cls=PointEncoder, indent=2))
print(json.dumps(Point(5, 6), default=lambda o: o.__dict__))
print(json.dumps({1, 2} , default=list))
try:
    json.dumps(Point(1, 2), cls=PointEncoder, default=None)
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError", e)

enc = json.JSONEncoder(indent=2, sort_keys=True)
print(list(enc.iterencode({"b": [1, "two", {"c": None}], "a": 1.5})))
print(list(json.JSONEncoder().iterencode([1, [2, {"a": "b"}], []])))
print(enc.encode({"z": 1, "y": [True]}))
print(json.JSONEncoder().encode("just a string \u00e9"))
print(json.JSONEncoder(ensure_ascii=False).encode("just a string \u00e9"))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
e = json.JSONEncoder(indent=1)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(separators=(";", "="))
print(e.encode({"a": [1, 2]}))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))

class Chunks:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Chunks()
json.dump({"a": [1, {"b": 2}], "c": "d"}, c)
print(c.parts)
c = Chunks()
json.dump([1, [2, 3], {"x": None}], c, indent=2)
print(c.parts)

class Loud(json.JSONDecoder):
    def decode(self, s):
        return ("decoded", super().decode(s))
print(json.loads("[1]", cls=Loud))
print(json.loads('{"a": 1}', cls=json.JSONDecoder, object_hook=lambda d: list(d)))
print(json.dumps({"a": 1}, cls=json.JSONEncoder, sort_keys=True))
print(json.__all__)
