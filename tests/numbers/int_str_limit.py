# the limit on digits in int <-> str conversion (CPython 3.11)
import sys

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        if isinstance(r, int):
            r = r.bit_length()
        elif isinstance(r, str):
            r = len(r)
        print(label, '->', r)

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
show('int("1" * 4300)', lambda: int("1" * 4300))
show('int("1" * 4301)', lambda: int("1" * 4301))
show('int("-" + "1" * 4301)', lambda: int("-" + "1" * 4301))
show('int("1_" * 4300 + "1")', lambda: int("1_" * 4300 + "1"))
show('str(10**4299)', lambda: str(10**4299))
show('str(10**4300)', lambda: str(10**4300))
show('repr(-10**4300)', lambda: repr(-10**4300))
show('int("1" * 5000, 16)', lambda: int("1" * 5000, 16))
show('hex(10**5000)', lambda: hex(10**5000))
show('f"{10**5000}"', lambda: f"{10**5000}")
show('"%d" % 10**5000', lambda: "%d" % 10**5000)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
show('str(10**4999)', lambda: str(10**4999))
show('str(10**5000)', lambda: str(10**5000))
sys.set_int_max_str_digits(0)
show('str(10**10000)', lambda: str(10**10000))
show('int("7" * 20000)', lambda: int("7" * 20000))
show('set 100', lambda: sys.set_int_max_str_digits(100))
show('set 639', lambda: sys.set_int_max_str_digits(639))
show('set 640', lambda: sys.set_int_max_str_digits(640))
show('str(10**640)', lambda: str(10**640))
show('str(10**639)', lambda: str(10**639))
show('set -1', lambda: sys.set_int_max_str_digits(-1))
show('set x', lambda: sys.set_int_max_str_digits('x'))
show('set maxdigits=0', lambda: sys.set_int_max_str_digits(maxdigits=0))
show('str(10**700)', lambda: str(10**700))
sys.set_int_max_str_digits(4300)
for base in (2, 3, 4, 8, 10, 16, 32, 36, 0):
    show('int("1" * 5000, %d)' % base, lambda: int('1' * 5000, base))
