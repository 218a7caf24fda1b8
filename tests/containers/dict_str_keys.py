# str lookups in dicts holding keys of other types equal to strs
class S(str):
    pass
class Eqk:
    def __hash__(self):
        return hash('k')
    def __eq__(self, o):
        return o == 'k'
d = {Eqk(): 'found'}
print(d.get('k'), 'k' in d)
d2 = {S('a'): 1, 'b': 2}
print(d2['a'], d2.get('a'), 'a' in d2)
del d2['a']
print(d2.get('a'), len(d2))
d3 = {i: i for i in range(40)}
d3.update({str(i): i for i in range(40)})
for i in range(40):
    del d3[i]
print(d3.get('5'), d3.get('x'), len(d3))
d4 = {1: 2}
d4.clear()
d4['z'] = 1
print(d4.get('z'), d4.get('q'))
