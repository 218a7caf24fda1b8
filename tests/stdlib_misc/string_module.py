# string: constants, capwords, Template, Formatter.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"), string.capwords(""))

t = string.Template("$who likes ${what} for $$5")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "A", "what": "B"}))
print(t.safe_substitute(who="X"), t.get_identifiers(), t.is_valid(), t.template)
for tmpl, kw in [("$missing", {}), ("bad $", {}), ("${ unclosed", {}), ("$1abc", {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$a $b").safe_substitute({"a": 1}, b=2), string.Template("bad $ here").safe_substitute())
class Percent(string.Template):
    delimiter = "%"
print(Percent("%x and %%").substitute(x=1))

f = string.Formatter()
print(f.format("{0} {1!r} {name:>5}|{x[0]}", "a", "b", name="n", x=[9]))
print(f.format("{} {}", 1, 2), f.vformat("{a}", (), {"a": 3}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} and {}", "x", "y"))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print(e)
