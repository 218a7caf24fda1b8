# many operations on ints, floats and complex numbers (generated with fixed seeds)
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
x = 0
a, b = 0, 0
show('(2**64) << (0j)', lambda: (2**64) << (0j))
a, b = 0, 0
show('(1j) == (0)', lambda: (1j) == (0))
a, b = 0, 0
show('(2**63-1) // (-256)', lambda: (2**63-1) // (-256))
a, b = 0, 0
show('(False) - (-2**64-1)', lambda: (False) - (-2**64-1))
a, b = 0, 0
show('int(-2**63)', lambda: int(-2**63))
a, b = 0, 0
show('(1) // (float("inf"))', lambda: (1) // (float("inf")))
a, b = 0, 0
show('((1+2j)) + (-0.0)', lambda: ((1+2j)) + (-0.0))
a, b = 0, 0
show('(-1) // (0.0)', lambda: (-1) // (0.0))
a, b = 0, 0
show('(-1e300) <= (-1)', lambda: (-1e300) <= (-1))
a, b = 0, 0
show('(5e-324) < (0j)', lambda: (5e-324) < (0j))
a, b = 0, 0
show('(float("inf")) + (-3)', lambda: (float("inf")) + (-3))
a, b = 0, 0
show('round(-2**64-1)', lambda: round(-2**64-1))
a, b = 0, 0
show('float(-2**64-1)', lambda: float(-2**64-1))
a, b = 0, 0
show('((-0.5+1.5j)) >> (-256)', lambda: ((-0.5+1.5j)) >> (-256))
a, b = 0, 0
show('(complex(0.0, -0.0)) | (0.1)', lambda: (complex(0.0, -0.0)) | (0.1))
a, b = 0, 0
show('int((1+2j))', lambda: int((1+2j)))
a, b = 0, 0
show('(255) << ((1+2j))', lambda: (255) << ((1+2j)))
a, b = 0, 0
show('(2**64) / (10**20)', lambda: (2**64) / (10**20))
a, b = 0, 0
show('((3-4j)) ** (float("-inf"))', lambda: ((3-4j)) ** (float("-inf")))
a, b = 0, 0
show('hex(7)', lambda: hex(7))
a, b = 0, 0
show('(3**40) * (complex(1e300, -1e300))', lambda: (3**40) * (complex(1e300, -1e300)))
a, b = 0, 0
show('(1e16) == (-256)', lambda: (1e16) == (-256))
a, b = 0, 0
show('format(2, "")', lambda: format(2, ""))
a, b = 0, 0
show('float(3**40)', lambda: float(3**40))
a, b = 0, 0
show('(0.5) <= (-10**25)', lambda: (0.5) <= (-10**25))
a, b = 0, 0
show('(True) == (10)', lambda: (True) == (10))
a, b = 0, 0
show('(float("-inf")) <= ((1+2j))', lambda: (float("-inf")) <= ((1+2j)))
a, b = 0, 0
show('(7) + (complex(0.0, -0.0))', lambda: (7) + (complex(0.0, -0.0)))
a, b = 0, 0
show('(0.0) > (-256)', lambda: (0.0) > (-256))
a, b = 0, 0
show('((-0.5+1.5j)) >= (1e-300)', lambda: ((-0.5+1.5j)) >= (1e-300))
a, b = 0, 0
show('((1+2j)) | (0.5)', lambda: ((1+2j)) | (0.5))
a, b = 0, 0
show('(-2**63) - (-256)', lambda: (-2**63) - (-256))
a, b = 0, 0
show('(2**31) < (2**31)', lambda: (2**31) < (2**31))
a, b = 0, 0
show('(complex(1e300, -1e300)) * (float("-inf"))', lambda: (complex(1e300, -1e300)) * (float("-inf")))
a, b = 0, 0
show('(-1) % (float("nan"))', lambda: (-1) % (float("nan")))
a, b = 0, 0
show('(-256) < (-1)', lambda: (-256) < (-1))
a, b = 0, 0
show('(1e16) + (float("inf"))', lambda: (1e16) + (float("inf")))
a, b = 0, 0
show('int(-2**64-1)', lambda: int(-2**64-1))
a, b = 0, 0
show('(1e-300) >> (123.456)', lambda: (1e-300) >> (123.456))
a, b = 0, 0
show('bin(3.141592653589793)', lambda: bin(3.141592653589793))
a, b = 0, 0
show('float(-256)', lambda: float(-256))
a, b = 0, 0
show('(3.141592653589793) >> (0.5)', lambda: (3.141592653589793) >> (0.5))
a, b = 0, 0
show('(0j) >> (2**64)', lambda: (0j) >> (2**64))
a, b = 0, 0
show('~(-2**63)', lambda: ~(-2**63))
a, b = 0, 0
show('(-10**25) + (0.5)', lambda: (-10**25) + (0.5))
a, b = 0, 0
show('(-0.0) >= (2**64)', lambda: (-0.0) >= (2**64))
a, b = 0, 0
show('(-2j) * (-1)', lambda: (-2j) * (-1))
a, b = 0, 0
show('(0.1).conjugate()', lambda: (0.1).conjugate())
a, b = 0, 0
show('(complex(0.0, -0.0)) * (float("-inf"))', lambda: (complex(0.0, -0.0)) * (float("-inf")))
a, b = 0, 0
show('(-2j) ^ ((1+2j))', lambda: (-2j) ^ ((1+2j)))
a, b = 0, 0
show('(7) & (3.141592653589793)', lambda: (7) & (3.141592653589793))
a, b = 0, 0
show('(3**40) * (7)', lambda: (3**40) * (7))
a, b = 0, 0
show('(-256) * (-1e300)', lambda: (-256) * (-1e300))
a, b = 0, 0
show('abs(-256)', lambda: abs(-256))
a, b = 0, 0
show('(-2**63) >= (-1)', lambda: (-2**63) >= (-1))
a, b = 0, 0
show('(-1e300) >> (-3)', lambda: (-1e300) >> (-3))
a, b = 0, 0
show('(True) < (-256)', lambda: (True) < (-256))
a, b = 0, 0
show('(-2**63) & (complex(0.0, -0.0))', lambda: (-2**63) & (complex(0.0, -0.0)))
a, b = 0, 0
show('(float("-inf")) < (1e16)', lambda: (float("-inf")) < (1e16))
a, b = 0, 0
show('(10**20) / (2**31)', lambda: (10**20) / (2**31))
a, b = 0, 0
show('(-10**25) < (-1e300)', lambda: (-10**25) < (-1e300))
a, b = 0, 0
show('(True) * (1e16)', lambda: (True) * (1e16))
a, b = 0, 0
show('(5e-324) > (3**40)', lambda: (5e-324) > (3**40))
a, b = 0, 0
show('(complex(0.0, -0.0)) / (2**64)', lambda: (complex(0.0, -0.0)) / (2**64))
a, b = 0, 0
show('(0) >= (-1e300)', lambda: (0) >= (-1e300))
a, b = 0, 0
show('(-1e300) | (0.1)', lambda: (-1e300) | (0.1))
a, b = 0, 0
show('(-2**64-1) == (1e300)', lambda: (-2**64-1) == (1e300))
a, b = 0, 0
show('abs((1+2j))', lambda: abs((1+2j)))
a, b = 0, 0
show('bool(True)', lambda: bool(True))
a, b = 0, 0
show('~(2.25)', lambda: ~(2.25))
a, b = 0, 0
show('-(-1)', lambda: -(-1))
a, b = 0, 0
show('(1j) ^ (complex(1e300, -1e300))', lambda: (1j) ^ (complex(1e300, -1e300)))
a, b = 0, 0
show('(float("inf")).__round__(2)', lambda: (float("inf")).__round__(2))
a, b = 0, 0
show('(complex(0.0, -0.0)) != (-1)', lambda: (complex(0.0, -0.0)) != (-1))
a, b = 0, 0
show('repr(0)', lambda: repr(0))
a, b = 0, 0
show('(-3) / (1e300)', lambda: (-3) / (1e300))
a, b = 0, 0
show('(2**64) % (7)', lambda: (2**64) % (7))
a, b = 0, 0
show('(1) * (1j)', lambda: (1) * (1j))
a, b = 0, 0
show('(True) | (3.141592653589793)', lambda: (True) | (3.141592653589793))
a, b = 0, 0
show('(3.141592653589793) % (-1.5)', lambda: (3.141592653589793) % (-1.5))
a, b = 0, 0
show('(-1e300) < (0.1)', lambda: (-1e300) < (0.1))
a, b = 0, 0
show('(complex(0.0, -0.0)) <= (1e300)', lambda: (complex(0.0, -0.0)) <= (1e300))
a, b = 0, 0
show('(0j) + (False)', lambda: (0j) + (False))
a, b = 0, 0
show('((1+2j)) < (1e-300)', lambda: ((1+2j)) < (1e-300))
a, b = 0, 0
show('((1+2j)) % (1e300)', lambda: ((1+2j)) % (1e300))
a, b = 0, 0
show('(-256) * (10)', lambda: (-256) * (10))
a, b = 0, 0
show('(1e16) / ((-0.5+1.5j))', lambda: (1e16) / ((-0.5+1.5j)))
a, b = 0, 0
show('(0.1) % (5e-324)', lambda: (0.1) % (5e-324))
a, b = 0, 0
show('((-0.5+1.5j)) != (0j)', lambda: ((-0.5+1.5j)) != (0j))
a, b = 0, 0
show('(1j).conjugate()', lambda: (1j).conjugate())
a, b = 0, 0
show('(complex(1e300, -1e300)) | (10)', lambda: (complex(1e300, -1e300)) | (10))
a, b = 0, 0
show('(-2**63).__round__(-1)', lambda: (-2**63).__round__(-1))
a, b = 0, 0
show('int(3.141592653589793)', lambda: int(3.141592653589793))
a, b = 0, 0
show('-(-2j)', lambda: -(-2j))
a, b = 0, 0
show('(-2**63) == (-2j)', lambda: (-2**63) == (-2j))
a, b = 0, 0
show('str(1j)', lambda: str(1j))
a, b = 0, 0
show('(-3) & (-256)', lambda: (-3) & (-256))
a, b = 0, 0
show('int(-2**64-1)', lambda: int(-2**64-1))
a, b = 0, 0
show('(-1e300) / (255)', lambda: (-1e300) / (255))
a, b = 0, 0
show('(1e300) ^ (complex(0.0, -0.0))', lambda: (1e300) ^ (complex(0.0, -0.0)))
a, b = 0, 0
show('(False) // (False)', lambda: (False) // (False))
a, b = 0, 0
show('(2**64) ^ (-2**63)', lambda: (2**64) ^ (-2**63))
a, b = 0, 0
show('divmod(1, complex(0.0, -0.0))', lambda: divmod(1, complex(0.0, -0.0)))
a, b = 0, 0
show('(1e-300) << (float("nan"))', lambda: (1e-300) << (float("nan")))
a, b = 0, 0
show('bin(-2**64-1)', lambda: bin(-2**64-1))
a, b = 0, 0
show('divmod(10, float("-inf"))', lambda: divmod(10, float("-inf")))
a, b = 0, 0
show('(-1e300) << (1j)', lambda: (-1e300) << (1j))
a, b = 0, 0
show('(complex(1e300, -1e300)) > (-3)', lambda: (complex(1e300, -1e300)) > (-3))
a, b = 0, 0
show('abs((1+2j))', lambda: abs((1+2j)))
a, b = 0, 0
show('(-1e300) >= (1e-300)', lambda: (-1e300) >= (1e-300))
a, b = 0, 0
show('format(10**20, "")', lambda: format(10**20, ""))
a, b = 0, 0
show('(0.0) & (5e-324)', lambda: (0.0) & (5e-324))
a, b = 0, 0
show('(0.0) != (-1)', lambda: (0.0) != (-1))
a, b = 0, 0
show('int(10)', lambda: int(10))
a, b = 0, 0
show('(-2**63) % (123.456)', lambda: (-2**63) % (123.456))
a, b = 0, 0
show('((1+2j)) < (1j)', lambda: ((1+2j)) < (1j))
a, b = 0, 0
show('(float("inf")) & (-3)', lambda: (float("inf")) & (-3))
a, b = 0, 0
show('(-2j) == (10**20)', lambda: (-2j) == (10**20))
a, b = 0, 0
show('(-0.0) < (-7.0)', lambda: (-0.0) < (-7.0))
a, b = 0, 0
show('(3**40) / ((3-4j))', lambda: (3**40) / ((3-4j)))
a, b = 0, 0
show('(10**20) * (-1e300)', lambda: (10**20) * (-1e300))
a, b = 0, 0
show('(1e300) / (2)', lambda: (1e300) / (2))
a, b = 0, 0
show('divmod(complex(0.0, -0.0), 3.141592653589793)', lambda: divmod(complex(0.0, -0.0), 3.141592653589793))
a, b = 0, 0
show('(1j) << (-2j)', lambda: (1j) << (-2j))
a, b = 0, 0
show('(-3) / (1e16)', lambda: (-3) / (1e16))
a, b = 0, 0
show('abs(-1e300)', lambda: abs(-1e300))
a, b = 0, 0
show('(1e300) >> (float("-inf"))', lambda: (1e300) >> (float("-inf")))
a, b = 0, 0
show('(0j) <= (2**64)', lambda: (0j) <= (2**64))
a, b = 0, 0
show('(-256) < (0)', lambda: (-256) < (0))
a, b = 0, 0
show('(1j) - (-3)', lambda: (1j) - (-3))
a, b = 0, 0
show('divmod(3**40, 3**40)', lambda: divmod(3**40, 3**40))
a, b = 0, 0
show('(5e-324) / (1e300)', lambda: (5e-324) / (1e300))
a, b = 0, 0
show('(7) > (1e16)', lambda: (7) > (1e16))
a, b = 0, 0
show('(7) & (5e-324)', lambda: (7) & (5e-324))
a, b = 0, 0
show('(0.5) | (2**64)', lambda: (0.5) | (2**64))
a, b = 0, 0
show('(1) ** (float("-inf"))', lambda: (1) ** (float("-inf")))
a, b = 0, 0
show('(2**63-1) >= (-0.0)', lambda: (2**63-1) >= (-0.0))
a, b = 0, 0
show('(-0.0) != (-1)', lambda: (-0.0) != (-1))
a, b = 0, 0
show('~(1e-300)', lambda: ~(1e-300))
a, b = 0, 0
show('(1) >= (3**40)', lambda: (1) >= (3**40))
a, b = 0, 0
show('(-1) >= (-0.0)', lambda: (-1) >= (-0.0))
a, b = 0, 0
show('(-1e300) % (-2j)', lambda: (-1e300) % (-2j))
a, b = 0, 0
show('(complex(1e300, -1e300)) >= (255)', lambda: (complex(1e300, -1e300)) >= (255))
a, b = 0, 0
show('(-1) - ((3-4j))', lambda: (-1) - ((3-4j)))
a, b = 0, 0
show('(-10**25) == (complex(0.0, -0.0))', lambda: (-10**25) == (complex(0.0, -0.0)))
a, b = 0, 0
show('(255) - (1j)', lambda: (255) - (1j))
a, b = 0, 0
show('(0.1) % (float("-inf"))', lambda: (0.1) % (float("-inf")))
a, b = 0, 0
show('(-2j) >> (7)', lambda: (-2j) >> (7))
a, b = 0, 0
show('(-7.0) < (-2**64-1)', lambda: (-7.0) < (-2**64-1))
a, b = 0, 0
show('(-2**64-1) >= (-256)', lambda: (-2**64-1) >= (-256))
a, b = 0, 0
show('(float("inf")) >> ((-0.5+1.5j))', lambda: (float("inf")) >> ((-0.5+1.5j)))
a, b = 0, 0
show('(-1.5) < (10**20)', lambda: (-1.5) < (10**20))
a, b = 0, 0
show('(1e300).__round__(-2)', lambda: (1e300).__round__(-2))
a, b = 0, 0
show('(0.0) << (float("nan"))', lambda: (0.0) << (float("nan")))
a, b = 0, 0
show('(float("inf")) & (False)', lambda: (float("inf")) & (False))
a, b = 0, 0
show('(-3) >= (5e-324)', lambda: (-3) >= (5e-324))
a, b = 0, 0
show('(-256) // (-0.0)', lambda: (-256) // (-0.0))
a, b = 0, 0
show('(0) // (-2**64-1)', lambda: (0) // (-2**64-1))
a, b = 0, 0
show('(2**31) * (1e300)', lambda: (2**31) * (1e300))
a, b = 0, 0
show('(-256) < (2**63-1)', lambda: (-256) < (2**63-1))
a, b = 0, 0
show('(1j) % (5e-324)', lambda: (1j) % (5e-324))
a, b = 0, 0
show('(3.141592653589793) <= (-2j)', lambda: (3.141592653589793) <= (-2j))
a, b = 0, 0
show('(10**20) / ((3-4j))', lambda: (10**20) / ((3-4j)))
a, b = 0, 0
show('((1+2j)) - (-1)', lambda: ((1+2j)) - (-1))
a, b = 0, 0
show('(-2j) + (7)', lambda: (-2j) + (7))
a, b = 0, 0
show('(0.5) << (2)', lambda: (0.5) << (2))
a, b = 0, 0
show('((1+2j)) / (2**64)', lambda: ((1+2j)) / (2**64))
a, b = 0, 0
show('(-256) & (0.1)', lambda: (-256) & (0.1))
a, b = 0, 0
show('(0j) << (0.5)', lambda: (0j) << (0.5))
a, b = 0, 0
show('(float("-inf")) < (10**20)', lambda: (float("-inf")) < (10**20))
a, b = 0, 0
show('complex(1e16, 1e-300)', lambda: complex(1e16, 1e-300))
a, b = 0, 0
show('bool(-2j)', lambda: bool(-2j))
a, b = 0, 0
show('str(2.25)', lambda: str(2.25))
a, b = 0, 0
show('(-256) & (123.456)', lambda: (-256) & (123.456))
a, b = 0, 0
show('(0.1) > (-0.0)', lambda: (0.1) > (-0.0))
a, b = 0, 0
show('~((-0.5+1.5j))', lambda: ~((-0.5+1.5j)))
a, b = 0, 0
show('(3**40) / (complex(1e300, -1e300))', lambda: (3**40) / (complex(1e300, -1e300)))
a, b = 0, 0
show('(10) > (float("nan"))', lambda: (10) > (float("nan")))
a, b = 0, 0
show('(3**40) << ((3-4j))', lambda: (3**40) << ((3-4j)))
a, b = 0, 0
show('(1) > (0j)', lambda: (1) > (0j))
a, b = 0, 0
show('(1e-300) ** (1e300)', lambda: (1e-300) ** (1e300))
a, b = 0, 0
show('(float("nan")) + (255)', lambda: (float("nan")) + (255))
a, b = 0, 0
show('(0j) < (2**31)', lambda: (0j) < (2**31))
a, b = 0, 0
show('(2**63-1) >> (-10**25)', lambda: (2**63-1) >> (-10**25))
a, b = 0, 0
show('hex(-1e300)', lambda: hex(-1e300))
a, b = 0, 0
show('(1e300) < (123.456)', lambda: (1e300) < (123.456))
a, b = 0, 0
show('(1e300) ^ (-2j)', lambda: (1e300) ^ (-2j))
a, b = 0, 0
show('(0.1) / (0)', lambda: (0.1) / (0))
a, b = 0, 0
show('(float("nan")) ** (0.1)', lambda: (float("nan")) ** (0.1))
a, b = 0, 0
show('(7) - (2.25)', lambda: (7) - (2.25))
a, b = 0, 0
show('((-0.5+1.5j)) != (1e16)', lambda: ((-0.5+1.5j)) != (1e16))
a, b = 0, 0
show('hash(-256)', lambda: hash(-256))
a, b = 0, 0
show('(1j) ** (1e300)', lambda: (1j) ** (1e300))
a, b = 0, 0
show('(2) | (10**20)', lambda: (2) | (10**20))
a, b = 0, 0
show('(1e-300) << (123.456)', lambda: (1e-300) << (123.456))
a, b = 0, 0
show('(123.456) // (1e16)', lambda: (123.456) // (1e16))
a, b = 0, 0
show('hash(5e-324)', lambda: hash(5e-324))
a, b = 0, 0
show('bool(-7.0)', lambda: bool(-7.0))
a, b = 0, 0
show('(-1.5) | (0)', lambda: (-1.5) | (0))
a, b = 0, 0
show('(-0.0) >> (-1)', lambda: (-0.0) >> (-1))
a, b = 0, 0
show('(2**31) << (2)', lambda: (2**31) << (2))
a, b = 0, 0
show('(-2j) // (-1e300)', lambda: (-2j) // (-1e300))
a, b = 0, 0
show('bool(-2j)', lambda: bool(-2j))
a, b = 0, 0
show('(-1) | (1e16)', lambda: (-1) | (1e16))
a, b = 0, 0
show('(-2**64-1) ** (1j)', lambda: (-2**64-1) ** (1j))
a, b = 0, 0
show('(255) | (1j)', lambda: (255) | (1j))
a, b = 0, 0
show('(float("nan")) == (2**63-1)', lambda: (float("nan")) == (2**63-1))
a, b = 0, 0
show('(0j) + (5e-324)', lambda: (0j) + (5e-324))
a, b = 0, 0
show('(-2**64-1) | ((3-4j))', lambda: (-2**64-1) | ((3-4j)))
a, b = 0, 0
show('(-2j) / (float("-inf"))', lambda: (-2j) / (float("-inf")))
a, b = 0, 0
show('(1e-300) % (0j)', lambda: (1e-300) % (0j))
a, b = 0, 0
show('(2) / (255)', lambda: (2) / (255))
a, b = 0, 0
show('int(-2**64-1)', lambda: int(-2**64-1))
a, b = 0, 0
show('(True) ^ (0.0)', lambda: (True) ^ (0.0))
a, b = 0, 0
show('(0.5) ** (255)', lambda: (0.5) ** (255))
a, b = 0, 0
show('(float("nan")) >= (3.141592653589793)', lambda: (float("nan")) >= (3.141592653589793))
a, b = 0, 0
show('-((1+2j))', lambda: -((1+2j)))
a, b = 0, 0
show('-(2)', lambda: -(2))
a, b = 0, 0
show('(-3) + (-1e300)', lambda: (-3) + (-1e300))
a, b = 0, 0
show('str(-3)', lambda: str(-3))
a, b = 0, 0
show('(-0.0) / (-256)', lambda: (-0.0) / (-256))
a, b = 0, 0
show('(False) << (1e16)', lambda: (False) << (1e16))
a, b = 0, 0
show('abs(2**63-1)', lambda: abs(2**63-1))
a, b = 0, 0
show('(5e-324) / (0.0)', lambda: (5e-324) / (0.0))
a, b = 0, 0
show('(2**64) / (float("nan"))', lambda: (2**64) / (float("nan")))
a, b = 0, 0
show('(-1e300) >= (float("inf"))', lambda: (-1e300) >= (float("inf")))
a, b = 0, 0
show('(complex(0.0, -0.0)) > (True)', lambda: (complex(0.0, -0.0)) > (True))
a, b = 0, 0
show('(False) >> (0.5)', lambda: (False) >> (0.5))
a, b = 0, 0
show('(False) ^ (1j)', lambda: (False) ^ (1j))
a, b = 0, 0
show('(10**20) % (0.0)', lambda: (10**20) % (0.0))
a, b = 0, 0
show('hash(2**63-1)', lambda: hash(2**63-1))
a, b = 0, 0
show('(complex(1e300, -1e300)) & (-7.0)', lambda: (complex(1e300, -1e300)) & (-7.0))
a, b = 0, 0
show('(False) | (2.25)', lambda: (False) | (2.25))
a, b = 0, 0
show('((-0.5+1.5j)) >> (2**31)', lambda: ((-0.5+1.5j)) >> (2**31))
a, b = 0, 0
show('(complex(0.0, -0.0)) + (123.456)', lambda: (complex(0.0, -0.0)) + (123.456))
a, b = 0, 0
show('(-2**64-1) <= (float("inf"))', lambda: (-2**64-1) <= (float("inf")))
a, b = 0, 0
show('(7).__round__(-2)', lambda: (7).__round__(-2))
a, b = 0, 0
show('(10**20) >= (-1)', lambda: (10**20) >= (-1))
a, b = 0, 0
show('(1e16) / (-1)', lambda: (1e16) / (-1))
a, b = 0, 0
show('float(0j)', lambda: float(0j))
a, b = 0, 0
show('hex(-1.5)', lambda: hex(-1.5))
a, b = 0, 0
show('(2**64) + (0j)', lambda: (2**64) + (0j))
a, b = 0, 0
show('(10**20) != (complex(0.0, -0.0))', lambda: (10**20) != (complex(0.0, -0.0)))
a, b = 0, 0
show('(1) != (0j)', lambda: (1) != (0j))
a, b = 0, 0
show('round(float("nan"))', lambda: round(float("nan")))
a, b = 0, 0
show('((1+2j)) << (-0.0)', lambda: ((1+2j)) << (-0.0))
a, b = 0, 0
show('(10**20) ^ (-2**63)', lambda: (10**20) ^ (-2**63))
a, b = 0, 0
show('(10**20) / (complex(0.0, -0.0))', lambda: (10**20) / (complex(0.0, -0.0)))
a, b = 0, 0
show('(-10**25) >> (1e16)', lambda: (-10**25) >> (1e16))
a, b = 0, 0
show('(0j) ^ (2**63-1)', lambda: (0j) ^ (2**63-1))
a, b = 0, 0
show('hash(123.456)', lambda: hash(123.456))
a, b = 0, 0
show('(0j) | ((1+2j))', lambda: (0j) | ((1+2j)))
a, b = 0, 0
show('hex(2**31)', lambda: hex(2**31))
a, b = 0, 0
show('(complex(1e300, -1e300)) / (1e300)', lambda: (complex(1e300, -1e300)) / (1e300))
a, b = 0, 0
show('(2.25) ^ (-2**64-1)', lambda: (2.25) ^ (-2**64-1))
a, b = 0, 0
show('float(3**40)', lambda: float(3**40))
a, b = 0, 0
show('bin(0.0)', lambda: bin(0.0))
a, b = 0, 0
show('divmod(-2**64-1, 2)', lambda: divmod(-2**64-1, 2))
a, b = 0, 0
show('hash(10)', lambda: hash(10))
a, b = 0, 0
show('(255) << (complex(0.0, -0.0))', lambda: (255) << (complex(0.0, -0.0)))
a, b = 0, 0
show('(False).__round__(1)', lambda: (False).__round__(1))
a, b = 0, 0
show('(float("nan")) << (-1.5)', lambda: (float("nan")) << (-1.5))
a, b = 0, 0
show('int(3**40)', lambda: int(3**40))
a, b = 0, 0
show('(-1e300) != (-2**64-1)', lambda: (-1e300) != (-2**64-1))
a, b = 0, 0
show('~((-0.5+1.5j))', lambda: ~((-0.5+1.5j)))
a, b = 0, 0
show('(complex(1e300, -1e300)) | (True)', lambda: (complex(1e300, -1e300)) | (True))
a, b = 0, 0
show('(1e-300) + (3.141592653589793)', lambda: (1e-300) + (3.141592653589793))
a, b = 0, 0
show('str(3.141592653589793)', lambda: str(3.141592653589793))
a, b = 0, 0
show('round(complex(0.0, -0.0), 0)', lambda: round(complex(0.0, -0.0), 0))
a, b = 0, 0
show('(0) == (float("nan"))', lambda: (0) == (float("nan")))
a, b = 0, 0
show('(2**63-1) // (2.25)', lambda: (2**63-1) // (2.25))
a, b = 0, 0
show('int(-1)', lambda: int(-1))
a, b = 0, 0
show('((-0.5+1.5j)) ^ (0.1)', lambda: ((-0.5+1.5j)) ^ (0.1))
a, b = 0, 0
show('(-1e300) >= (10)', lambda: (-1e300) >= (10))
a, b = 0, 0
show('(float("inf")) <= (7)', lambda: (float("inf")) <= (7))
a, b = 0, 0
show('(True) << ((3-4j))', lambda: (True) << ((3-4j)))
a, b = 0, 0
show('abs(123.456)', lambda: abs(123.456))
a, b = 0, 0
show('(10**20) >> (-2**63)', lambda: (10**20) >> (-2**63))
a, b = 0, 0
show('(-10**25) > (-1e300)', lambda: (-10**25) > (-1e300))
a, b = 0, 0
show('bin(0)', lambda: bin(0))
a, b = 0, 0
show('bool(10**20)', lambda: bool(10**20))
a, b = 0, 0
show('(0.0) + (0.0)', lambda: (0.0) + (0.0))
a, b = 0, 0
show('~(2**64)', lambda: ~(2**64))
a, b = 0, 0
show('(123.456) >> (123.456)', lambda: (123.456) >> (123.456))
a, b = 0, 0
show('(float("inf")) | (-2**64-1)', lambda: (float("inf")) | (-2**64-1))
a, b = 0, 0
show('(False) / (1)', lambda: (False) / (1))
a, b = 0, 0
show('(-1) / (10**20)', lambda: (-1) / (10**20))
a, b = 0, 0
show('(7) <= (1)', lambda: (7) <= (1))
a, b = 0, 0
show('-(123.456)', lambda: -(123.456))
a, b = 0, 0
show('(-10**25) >= (0.0)', lambda: (-10**25) >= (0.0))
a, b = 0, 0
show('(5e-324) // (complex(1e300, -1e300))', lambda: (5e-324) // (complex(1e300, -1e300)))
a, b = 0, 0
show('(-1e300) - (10**20)', lambda: (-1e300) - (10**20))
a, b = 0, 0
show('(-2j) >> (10**20)', lambda: (-2j) >> (10**20))
a, b = 0, 0
show('int(1)', lambda: int(1))
a, b = 0, 0
show('(-256) - (-2**64-1)', lambda: (-256) - (-2**64-1))
a, b = 0, 0
show('str(10**20)', lambda: str(10**20))
a, b = 0, 0
show('((-0.5+1.5j)) / (1e-300)', lambda: ((-0.5+1.5j)) / (1e-300))
a, b = 0, 0
show('(-1.5) & (1e16)', lambda: (-1.5) & (1e16))
a, b = 0, 0
show('-((3-4j))', lambda: -((3-4j)))
a, b = 0, 0
show('(5e-324) / (0)', lambda: (5e-324) / (0))
a, b = 0, 0
show('float(-10**25)', lambda: float(-10**25))
a, b = 0, 0
show('format(2, "")', lambda: format(2, ""))
a, b = 0, 0
show('(10**20) >> (-1e300)', lambda: (10**20) >> (-1e300))
a, b = 0, 0
show('(7).conjugate()', lambda: (7).conjugate())
a, b = 0, 0
show('(float("-inf")) % (2**31)', lambda: (float("-inf")) % (2**31))
a, b = 0, 0
show('(1j) ^ (3**40)', lambda: (1j) ^ (3**40))
a, b = 0, 0
show('(1e300) // (1e300)', lambda: (1e300) // (1e300))
a, b = 0, 0
show('int(123.456)', lambda: int(123.456))
a, b = 0, 0
show('(-0.0) + (0.1)', lambda: (-0.0) + (0.1))
a, b = 0, 0
show('round((-0.5+1.5j))', lambda: round((-0.5+1.5j)))
a, b = 0, 0
show('(2) > (2**31)', lambda: (2) > (2**31))
a, b = 0, 0
show('hash(0j)', lambda: hash(0j))
a, b = 0, 0
show('(-1) * (255)', lambda: (-1) * (255))
a, b = 0, 0
show('(-1.5) - (-7.0)', lambda: (-1.5) - (-7.0))
a, b = 0, 0
show('(255) * (2**64)', lambda: (255) * (2**64))
a, b = 0, 0
show('((3-4j)) == (255)', lambda: ((3-4j)) == (255))
a, b = 0, 0
show('(1) != (7)', lambda: (1) != (7))
a, b = 0, 0
show('(1e16) < (10**20)', lambda: (1e16) < (10**20))
a, b = 0, 0
show('(float("nan")) != (7)', lambda: (float("nan")) != (7))
a, b = 0, 0
show('(-3) >> (0)', lambda: (-3) >> (0))
a, b = 0, 0
show('(-1) <= (0.1)', lambda: (-1) <= (0.1))
a, b = 0, 0
show('((-0.5+1.5j)) - (-2**63)', lambda: ((-0.5+1.5j)) - (-2**63))
a, b = 0, 0
show('(-2**63) + (1j)', lambda: (-2**63) + (1j))
a, b = 0, 0
show('(1e300) | (10**20)', lambda: (1e300) | (10**20))
a, b = 0, 0
show('(3**40) // (1e-300)', lambda: (3**40) // (1e-300))
a, b = 0, 0
show('str(complex(0.0, -0.0))', lambda: str(complex(0.0, -0.0)))
a, b = 0, 0
show('(0) + (complex(0.0, -0.0))', lambda: (0) + (complex(0.0, -0.0)))
a, b = 0, 0
show('(True) >= (1e16)', lambda: (True) >= (1e16))
a, b = 0, 0
show('(123.456) < (0.5)', lambda: (123.456) < (0.5))
a, b = 0, 0
show('(0.5) ^ (0.5)', lambda: (0.5) ^ (0.5))
a, b = 0, 0
show('(-1) - (3.141592653589793)', lambda: (-1) - (3.141592653589793))
a, b = 0, 0
show('(2.25) <= (False)', lambda: (2.25) <= (False))
a, b = 0, 0
show('(float("-inf")) > (123.456)', lambda: (float("-inf")) > (123.456))
a, b = 0, 0
show('(complex(0.0, -0.0)) >= (0.5)', lambda: (complex(0.0, -0.0)) >= (0.5))
a, b = 0, 0
show('(3.141592653589793) >> (-2**63)', lambda: (3.141592653589793) >> (-2**63))
a, b = 0, 0
show('(float("-inf")) == (-1e300)', lambda: (float("-inf")) == (-1e300))
a, b = 0, 0
show('bin(10**20)', lambda: bin(10**20))
a, b = 0, 0
show('(123.456) != (1e-300)', lambda: (123.456) != (1e-300))
a, b = 0, 0
show('((3-4j)) >= (float("nan"))', lambda: ((3-4j)) >= (float("nan")))
a, b = 0, 0
show('(-10**25) & (-2j)', lambda: (-10**25) & (-2j))
a, b = 0, 0
show('(-7.0) / (-0.0)', lambda: (-7.0) / (-0.0))
a, b = 0, 0
show('(-0.0) > (123.456)', lambda: (-0.0) > (123.456))
a, b = 0, 0
show('~(2**63-1)', lambda: ~(2**63-1))
a, b = 0, 0
show('format(10, "")', lambda: format(10, ""))
a, b = 0, 0
show('-(-3)', lambda: -(-3))
a, b = 0, 0
show('(255) - ((1+2j))', lambda: (255) - ((1+2j)))
a, b = 0, 0
show('-(-7.0)', lambda: -(-7.0))
a, b = 0, 0
show('bool(3.141592653589793)', lambda: bool(3.141592653589793))
a, b = 0, 0
show('(1e-300) | (complex(1e300, -1e300))', lambda: (1e-300) | (complex(1e300, -1e300)))
a, b = 0, 0
show('(0.5) % (0)', lambda: (0.5) % (0))
a, b = 0, 0
show('(10**20) != (123.456)', lambda: (10**20) != (123.456))
a, b = 0, 0
show('(5e-324) > (-7.0)', lambda: (5e-324) > (-7.0))
a, b = 0, 0
show('bin(-256)', lambda: bin(-256))
a, b = 0, 0
show('hex(1e-300)', lambda: hex(1e-300))
a, b = 0, 0
show('(1e300) >> (2**64)', lambda: (1e300) >> (2**64))
a, b = 0, 0
show('((3-4j)) | (-256)', lambda: ((3-4j)) | (-256))
a, b = 0, 0
show('abs(2**64)', lambda: abs(2**64))
a, b = 0, 0
show('((3-4j)) == (0j)', lambda: ((3-4j)) == (0j))
a, b = 0, 0
show('(10) < (1j)', lambda: (10) < (1j))
a, b = 0, 0
show('(1e300) >> (float("inf"))', lambda: (1e300) >> (float("inf")))
a, b = 0, 0
show('abs(2**64)', lambda: abs(2**64))
a, b = 0, 0
show('divmod(2**64, 255)', lambda: divmod(2**64, 255))
a, b = 0, 0
show('(1e-300) != (1j)', lambda: (1e-300) != (1j))
a, b = 0, 0
show('(1e-300) <= (1e300)', lambda: (1e-300) <= (1e300))
a, b = 0, 0
show('(-10**25) // (2**31)', lambda: (-10**25) // (2**31))
a, b = 0, 0
show('(complex(0.0, -0.0)).conjugate()', lambda: (complex(0.0, -0.0)).conjugate())
a, b = 0, 0
show('~(7)', lambda: ~(7))
a, b = 0, 0
show('-(float("inf"))', lambda: -(float("inf")))
a, b = 0, 0
show('str((3-4j))', lambda: str((3-4j)))
a, b = 0, 0
show('(-1e300) < (0j)', lambda: (-1e300) < (0j))
a, b = 0, 0
show('divmod(1, 3**40)', lambda: divmod(1, 3**40))
a, b = 0, 0
show('(5e-324) <= (-1)', lambda: (5e-324) <= (-1))
a, b = 0, 0
show('((3-4j)) & (-0.0)', lambda: ((3-4j)) & (-0.0))
a, b = 0, 0
show('bool(False)', lambda: bool(False))
a, b = 0, 0
show('bin(float("-inf"))', lambda: bin(float("-inf")))
a, b = 0, 0
show('(float("inf")) - (-7.0)', lambda: (float("inf")) - (-7.0))
a, b = 0, 0
show('(1e-300) <= (7)', lambda: (1e-300) <= (7))
a, b = 0, 0
show('(1j) > (1j)', lambda: (1j) > (1j))
a, b = 0, 0
show('float(-10**25)', lambda: float(-10**25))
a, b = 0, 0
show('(0.5) & (-256)', lambda: (0.5) & (-256))
a, b = 0, 0
show('round((-0.5+1.5j), -1)', lambda: round((-0.5+1.5j), -1))
a, b = 0, 0
show('(1j).conjugate()', lambda: (1j).conjugate())
a, b = 0, 0
show('-(True)', lambda: -(True))
a, b = 0, 0
show('format(-2j, "")', lambda: format(-2j, ""))
a, b = 0, 0
show('(-10**25) - (-3)', lambda: (-10**25) - (-3))
a, b = 0, 0
show('~(-0.0)', lambda: ~(-0.0))
a, b = 0, 0
show('(1) == (complex(1e300, -1e300))', lambda: (1) == (complex(1e300, -1e300)))
a, b = 0, 0
show('(complex(0.0, -0.0)) >> (1e300)', lambda: (complex(0.0, -0.0)) >> (1e300))
a, b = 0, 0
show('(-1.5) & (-0.0)', lambda: (-1.5) & (-0.0))
a, b = 0, 0
show('(-0.0) | (complex(0.0, -0.0))', lambda: (-0.0) | (complex(0.0, -0.0)))
a, b = 0, 0
show('(1e300) % (-2**64-1)', lambda: (1e300) % (-2**64-1))
a, b = 0, 0
show('(0) | (5e-324)', lambda: (0) | (5e-324))
a, b = 0, 0
show('(float("inf")) < (2**31)', lambda: (float("inf")) < (2**31))
a, b = 0, 0
show('((-0.5+1.5j)) != (2**31)', lambda: ((-0.5+1.5j)) != (2**31))
a, b = 0, 0
show('repr(-1.5)', lambda: repr(-1.5))
a, b = 0, 0
show('int(-2j)', lambda: int(-2j))
a, b = 0, 0
show('(complex(0.0, -0.0)) << (123.456)', lambda: (complex(0.0, -0.0)) << (123.456))
a, b = 0, 0
show('(-1.5) < (5e-324)', lambda: (-1.5) < (5e-324))
a, b = 0, 0
show('(0.0) | (2)', lambda: (0.0) | (2))
a, b = 0, 0
show('hex((3-4j))', lambda: hex((3-4j)))
a, b = 0, 0
show('(2**64) ^ ((-0.5+1.5j))', lambda: (2**64) ^ ((-0.5+1.5j)))
a, b = 0, 0
show('(-1e300) != ((3-4j))', lambda: (-1e300) != ((3-4j)))
a, b = 0, 0
show('(1e-300) ** (5e-324)', lambda: (1e-300) ** (5e-324))
a, b = 0, 0
show('(0.0) | (-2j)', lambda: (0.0) | (-2j))
a, b = 0, 0
show('str(-2**64-1)', lambda: str(-2**64-1))
a, b = 0, 0
show('((1+2j)) >= (-3)', lambda: ((1+2j)) >= (-3))
a, b = 0, 0
show('(-1.5) * (float("nan"))', lambda: (-1.5) * (float("nan")))
a, b = 0, 0
show('(0j) <= (10**20)', lambda: (0j) <= (10**20))
a, b = 0, 0
show('(7) | (-7.0)', lambda: (7) | (-7.0))
a, b = 0, 0
show('(float("-inf")) / (2**31)', lambda: (float("-inf")) / (2**31))
a, b = 0, 0
show('float(0.5)', lambda: float(0.5))
a, b = 0, 0
show('(-1.5) >= (2**64)', lambda: (-1.5) >= (2**64))
a, b = 0, 0
show('(-0.0) >> (1e-300)', lambda: (-0.0) >> (1e-300))
a, b = 0, 0
show('~(float("inf"))', lambda: ~(float("inf")))
a, b = 0, 0
show('(10**20).__round__(-2)', lambda: (10**20).__round__(-2))
a, b = 0, 0
show('(1e300) % (-1e300)', lambda: (1e300) % (-1e300))
a, b = 0, 0
show('(1j) ^ (0j)', lambda: (1j) ^ (0j))
a, b = 0, 0
show('(0.1) ** (-1)', lambda: (0.1) ** (-1))
a, b = 0, 0
show('(3**40) > (2**64)', lambda: (3**40) > (2**64))
a, b = 0, 0
show('complex(False, 0.1)', lambda: complex(False, 0.1))
a, b = 0, 0
show('(True) * (complex(1e300, -1e300))', lambda: (True) * (complex(1e300, -1e300)))
a, b = 0, 0
show('(10).__round__(-2)', lambda: (10).__round__(-2))
a, b = 0, 0
show('(-3) / (1e16)', lambda: (-3) / (1e16))
a, b = 0, 0
show('(-3) < (255)', lambda: (-3) < (255))
a, b = 0, 0
show('(3**40) / (-10**25)', lambda: (3**40) / (-10**25))
a, b = 0, 0
show('divmod(2**63-1, 2.25)', lambda: divmod(2**63-1, 2.25))
a, b = 0, 0
show('(1e300) >> (1j)', lambda: (1e300) >> (1j))
a, b = 0, 0
show('int(0)', lambda: int(0))
a, b = 0, 0
show('((-0.5+1.5j)) << (1j)', lambda: ((-0.5+1.5j)) << (1j))
a, b = 0, 0
show('(2**64) >= ((-0.5+1.5j))', lambda: (2**64) >= ((-0.5+1.5j)))
a, b = 0, 0
show('abs(1j)', lambda: abs(1j))
a, b = 0, 0
show('(False) * (-1)', lambda: (False) * (-1))
a, b = 0, 0
show('(-3) > (0)', lambda: (-3) > (0))
a, b = 0, 0
show('(1e-300) != ((-0.5+1.5j))', lambda: (1e-300) != ((-0.5+1.5j)))
a, b = 0, 0
show('(-1e300) >= (1j)', lambda: (-1e300) >= (1j))
a, b = 0, 0
show('(255).conjugate()', lambda: (255).conjugate())
a, b = 0, 0
show('(-10**25) * ((3-4j))', lambda: (-10**25) * ((3-4j)))
a, b = 0, 0
show('float(3**40)', lambda: float(3**40))
a, b = 0, 0
show('hex(complex(1e300, -1e300))', lambda: hex(complex(1e300, -1e300)))
a, b = 0, 0
show('(0) == (255)', lambda: (0) == (255))
a, b = 0, 0
show('(-3) != (5e-324)', lambda: (-3) != (5e-324))
a, b = 0, 0
show('(1e-300) % (0)', lambda: (1e-300) % (0))
a, b = 0, 0
show('(True) - (-2**63)', lambda: (True) - (-2**63))
a, b = 0, 0
show('(1) < (-2**63)', lambda: (1) < (-2**63))
a, b = 0, 0
show('(2**64) // (-7.0)', lambda: (2**64) // (-7.0))
a, b = 0, 0
show('(-2**63) >= (-7.0)', lambda: (-2**63) >= (-7.0))
a, b = 0, 0
show('repr(123.456)', lambda: repr(123.456))
a, b = 0, 0
show('(-2j) << (10)', lambda: (-2j) << (10))
a, b = 0, 0
show('(float("inf")) - (float("-inf"))', lambda: (float("inf")) - (float("-inf")))
a, b = 0, 0
show('(-1e300) & ((-0.5+1.5j))', lambda: (-1e300) & ((-0.5+1.5j)))
a, b = 0, 0
show('(complex(1e300, -1e300)) >= (3.141592653589793)', lambda: (complex(1e300, -1e300)) >= (3.141592653589793))
a, b = 0, 0
show('hex(-2**64-1)', lambda: hex(-2**64-1))
a, b = 0, 0
show('bin(-1.5)', lambda: bin(-1.5))
a, b = 0, 0
show('(-2j) <= (-0.0)', lambda: (-2j) <= (-0.0))
a, b = 0, 0
show('(2.25) % (-1.5)', lambda: (2.25) % (-1.5))
a, b = 0, 0
show('(-7.0) >= (float("inf"))', lambda: (-7.0) >= (float("inf")))
a, b = 0, 0
show('(-1e300) - (1e16)', lambda: (-1e300) - (1e16))
a, b = 0, 0
show('(3.141592653589793) << (-1)', lambda: (3.141592653589793) << (-1))
a, b = 0, 0
show('str(0.0)', lambda: str(0.0))
a, b = 0, 0
show('(123.456) < (3**40)', lambda: (123.456) < (3**40))
a, b = 0, 0
show('(True).conjugate()', lambda: (True).conjugate())
a, b = 0, 0
show('abs(-1)', lambda: abs(-1))
a, b = 0, 0
show('(2**31) > (-1)', lambda: (2**31) > (-1))
a, b = 0, 0
show('(3.141592653589793) >> (2**64)', lambda: (3.141592653589793) >> (2**64))
a, b = 0, 0
show('(10) < (-2j)', lambda: (10) < (-2j))
a, b = 0, 0
show('str(2**63-1)', lambda: str(2**63-1))
a, b = 0, 0
show('hex((3-4j))', lambda: hex((3-4j)))
a, b = 0, 0
show('divmod(1j, 1e-300)', lambda: divmod(1j, 1e-300))
a, b = 0, 0
show('abs(2.25)', lambda: abs(2.25))
a, b = 0, 0
show('(0) > (0j)', lambda: (0) > (0j))
a, b = 0, 0
show('(2.25) // ((1+2j))', lambda: (2.25) // ((1+2j)))
a, b = 0, 0
show('(1e300) % (-2**64-1)', lambda: (1e300) % (-2**64-1))
a, b = 0, 0
show('(5e-324) & (float("-inf"))', lambda: (5e-324) & (float("-inf")))
a, b = 0, 0
show('(3**40) / (10)', lambda: (3**40) / (10))
a, b = 0, 0
show('(-2j) > (0.1)', lambda: (-2j) > (0.1))
a, b = 0, 0
show('(1) != (float("inf"))', lambda: (1) != (float("inf")))
a, b = 0, 0
show('(123.456) < (1)', lambda: (123.456) < (1))
a, b = 0, 0
show('(-2**64-1) << (5e-324)', lambda: (-2**64-1) << (5e-324))
a, b = 0, 0
show('(-3) == (2**64)', lambda: (-3) == (2**64))
a, b = 0, 0
show('(float("-inf")) >= (-1e300)', lambda: (float("-inf")) >= (-1e300))
a, b = 0, 0
show('format(2**63-1, "")', lambda: format(2**63-1, ""))
a, b = 0, 0
show('(float("-inf")) > (0.1)', lambda: (float("-inf")) > (0.1))
a, b = 0, 0
show('(-1e300) >> (-2**63)', lambda: (-1e300) >> (-2**63))
a, b = 0, 0
show('-(1e300)', lambda: -(1e300))
a, b = 0, 0
show('format(2, "")', lambda: format(2, ""))
a, b = 0, 0
show('(2) ^ (5e-324)', lambda: (2) ^ (5e-324))
a, b = 0, 0
show('(1e16) >= (-1)', lambda: (1e16) >= (-1))
a, b = 0, 0
show('format(complex(0.0, -0.0), "")', lambda: format(complex(0.0, -0.0), ""))
a, b = 0, 0
show('((3-4j)) ** (1j)', lambda: ((3-4j)) ** (1j))
a, b = 0, 0
show('(123.456) % (float("-inf"))', lambda: (123.456) % (float("-inf")))
a, b = 0, 0
show('(complex(1e300, -1e300)) + (2**63-1)', lambda: (complex(1e300, -1e300)) + (2**63-1))
a, b = 0, 0
show('((1+2j)) / (7)', lambda: ((1+2j)) / (7))
a, b = 0, 0
show('(1e-300) << (1e-300)', lambda: (1e-300) << (1e-300))
a, b = 0, 0
show('format((-0.5+1.5j), "")', lambda: format((-0.5+1.5j), ""))
a, b = 0, 0
show('(-7.0) // (10)', lambda: (-7.0) // (10))
a, b = 0, 0
show('(1e-300) & (7)', lambda: (1e-300) & (7))
a, b = 0, 0
show('(0.1) ** (-256)', lambda: (0.1) ** (-256))
a, b = 0, 0
show('bool(complex(0.0, -0.0))', lambda: bool(complex(0.0, -0.0)))
a, b = 0, 0
show('(1j) | (-10**25)', lambda: (1j) | (-10**25))
a, b = 0, 0
show('(0.0) / ((3-4j))', lambda: (0.0) / ((3-4j)))
a, b = 0, 0
show('(float("-inf")) >> (7)', lambda: (float("-inf")) >> (7))
a, b = 0, 0
show('format(float("inf"), "")', lambda: format(float("inf"), ""))
a, b = 0, 0
show('((1+2j)) - (10)', lambda: ((1+2j)) - (10))
a, b = 0, 0
show('(2**31) > (1e-300)', lambda: (2**31) > (1e-300))
a, b = 0, 0
show('(123.456) + (float("-inf"))', lambda: (123.456) + (float("-inf")))
a, b = 0, 0
show('(complex(0.0, -0.0)) - (-0.0)', lambda: (complex(0.0, -0.0)) - (-0.0))
a, b = 0, 0
show('complex(-7.0, 10)', lambda: complex(-7.0, 10))
a, b = 0, 0
show('repr(1e-300)', lambda: repr(1e-300))
a, b = 0, 0
show('(0.1) != ((1+2j))', lambda: (0.1) != ((1+2j)))
a, b = 0, 0
show('(float("nan")) + ((-0.5+1.5j))', lambda: (float("nan")) + ((-0.5+1.5j)))
a, b = 0, 0
show('round(-7.0)', lambda: round(-7.0))
a, b = 0, 0
show('(2**64).conjugate()', lambda: (2**64).conjugate())
a, b = 0, 0
show('((-0.5+1.5j)) // (1e-300)', lambda: ((-0.5+1.5j)) // (1e-300))
a, b = 0, 0
show('int(255)', lambda: int(255))
a, b = 0, 0
show('((3-4j)) ** (-3)', lambda: ((3-4j)) ** (-3))
a, b = 0, 0
show('complex(float("-inf"), -256)', lambda: complex(float("-inf"), -256))
a, b = 0, 0
show('bool(0.1)', lambda: bool(0.1))
a, b = 0, 0
show('(-1.5) - (2)', lambda: (-1.5) - (2))
a, b = 0, 0
show('(True) * (complex(1e300, -1e300))', lambda: (True) * (complex(1e300, -1e300)))
a, b = 0, 0
show('abs(2**63-1)', lambda: abs(2**63-1))
a, b = 0, 0
show('(-1) >= (complex(1e300, -1e300))', lambda: (-1) >= (complex(1e300, -1e300)))
a, b = 0, 0
show('str(123.456)', lambda: str(123.456))
a, b = 0, 0
show('repr(123.456)', lambda: repr(123.456))
a, b = 0, 0
show('(1e-300) < (5e-324)', lambda: (1e-300) < (5e-324))
a, b = 0, 0
show('int(complex(0.0, -0.0))', lambda: int(complex(0.0, -0.0)))
a, b = 0, 0
show('(-2**63) + (-2**64-1)', lambda: (-2**63) + (-2**64-1))
a, b = 0, 0
show('(-0.0) / (2**31)', lambda: (-0.0) / (2**31))
a, b = 0, 0
show('(float("nan")) >> (0)', lambda: (float("nan")) >> (0))
a, b = 0, 0
show('(10) + (2)', lambda: (10) + (2))
a, b = 0, 0
show('(-0.0) != ((3-4j))', lambda: (-0.0) != ((3-4j)))
a, b = 0, 0
show('((3-4j)) < (2**31)', lambda: ((3-4j)) < (2**31))
a, b = 0, 0
show('float(2**64)', lambda: float(2**64))
a, b = 0, 0
show('(0.0) - (0.1)', lambda: (0.0) - (0.1))
a, b = 0, 0
show('~(-1.5)', lambda: ~(-1.5))
a, b = 0, 0
show('(float("inf")) ** (1e300)', lambda: (float("inf")) ** (1e300))
a, b = 0, 0
show('complex(1j, 2**64)', lambda: complex(1j, 2**64))
a, b = 0, 0
show('(0) < ((1+2j))', lambda: (0) < ((1+2j)))
a, b = 0, 0
show('(255) == (0)', lambda: (255) == (0))
a, b = 0, 0
show('format(255, "")', lambda: format(255, ""))
a, b = 0, 0
show('(False) + (0.0)', lambda: (False) + (0.0))
a, b = 0, 0
show('~(1e300)', lambda: ~(1e300))
a, b = 0, 0
show('(float("-inf")) ^ (1e16)', lambda: (float("-inf")) ^ (1e16))
a, b = 0, 0
show('(-1.5) * (complex(0.0, -0.0))', lambda: (-1.5) * (complex(0.0, -0.0)))
a, b = 0, 0
show('bool(-7.0)', lambda: bool(-7.0))
a, b = 0, 0
show('(-2**64-1) ** (0j)', lambda: (-2**64-1) ** (0j))
a, b = 0, 0
show('repr(-1.5)', lambda: repr(-1.5))
a, b = 0, 0
show('((-0.5+1.5j)) | (0)', lambda: ((-0.5+1.5j)) | (0))
a, b = 0, 0
show('(-256) - (0.1)', lambda: (-256) - (0.1))
a, b = 0, 0
show('(-256) / ((1+2j))', lambda: (-256) / ((1+2j)))
a, b = 0, 0
show('(5e-324) + (-10**25)', lambda: (5e-324) + (-10**25))
a, b = 0, 0
show('(2) >= (1)', lambda: (2) >= (1))
a, b = 0, 0
show('bin(-2**63)', lambda: bin(-2**63))
a, b = 0, 0
show('(123.456) <= (0)', lambda: (123.456) <= (0))
a, b = 0, 0
show('bin(float("nan"))', lambda: bin(float("nan")))
a, b = 0, 0
show('(-256) // (True)', lambda: (-256) // (True))
a, b = 0, 0
show('(1) % (0)', lambda: (1) % (0))
a, b = 0, 0
show('(7) % (2**63-1)', lambda: (7) % (2**63-1))
a, b = 0, 0
show('(-10**25) // ((1+2j))', lambda: (-10**25) // ((1+2j)))
a, b = 0, 0
show('(float("inf")) ^ (2**64)', lambda: (float("inf")) ^ (2**64))
a, b = 0, 0
show('(-256) ^ (0.1)', lambda: (-256) ^ (0.1))
a, b = 0, 0
show('abs(2.25)', lambda: abs(2.25))
a, b = 0, 0
show('(-1.5) == (-0.0)', lambda: (-1.5) == (-0.0))
a, b = 0, 0
show('(1e16) / (5e-324)', lambda: (1e16) / (5e-324))
a, b = 0, 0
show('divmod(1j, complex(1e300, -1e300))', lambda: divmod(1j, complex(1e300, -1e300)))
a, b = 0, 0
show('(3.141592653589793) / (-1)', lambda: (3.141592653589793) / (-1))
a, b = 0, 0
show('(255) / (-7.0)', lambda: (255) / (-7.0))
a, b = 0, 0
show('(float("inf")) << (1)', lambda: (float("inf")) << (1))
a, b = 0, 0
show('(0.1) / ((-0.5+1.5j))', lambda: (0.1) / ((-0.5+1.5j)))
a, b = 0, 0
show('(3.141592653589793) + (-2j)', lambda: (3.141592653589793) + (-2j))
a, b = 0, 0
show('float(-0.0)', lambda: float(-0.0))
a, b = 0, 0
show('(123.456) >= (10)', lambda: (123.456) >= (10))
a, b = 0, 0
show('((1+2j)) >= (False)', lambda: ((1+2j)) >= (False))
a, b = 0, 0
show('abs(0.0)', lambda: abs(0.0))
a, b = 0, 0
show('(complex(0.0, -0.0)) > (2**63-1)', lambda: (complex(0.0, -0.0)) > (2**63-1))
a, b = 0, 0
show('(True) - (5e-324)', lambda: (True) - (5e-324))
a, b = 0, 0
show('float(1e-300)', lambda: float(1e-300))
a, b = 0, 0
show('(0) >> (0)', lambda: (0) >> (0))
a, b = 0, 0
show('(3.141592653589793) / (0.0)', lambda: (3.141592653589793) / (0.0))
a, b = 0, 0
show('divmod((3-4j), 1)', lambda: divmod((3-4j), 1))
a, b = 0, 0
show('(5e-324) == (3.141592653589793)', lambda: (5e-324) == (3.141592653589793))
a, b = 0, 0
show('round(0, 5)', lambda: round(0, 5))
a, b = 0, 0
show('(float("-inf")) < (-1)', lambda: (float("-inf")) < (-1))
a, b = 0, 0
show('(2**63-1) >> (0)', lambda: (2**63-1) >> (0))
a, b = 0, 0
show('divmod(-3, 10**20)', lambda: divmod(-3, 10**20))
a, b = 0, 0
show('(5e-324) & (-7.0)', lambda: (5e-324) & (-7.0))
a, b = 0, 0
show('(255) & (False)', lambda: (255) & (False))
a, b = 0, 0
show('(-3) + (2**64)', lambda: (-3) + (2**64))
a, b = 0, 0
show('(2**31) ^ (1j)', lambda: (2**31) ^ (1j))
a, b = 0, 0
show('format(0j, "")', lambda: format(0j, ""))
a, b = 0, 0
show('(-0.0).conjugate()', lambda: (-0.0).conjugate())
a, b = 0, 0
show('((1+2j)) ^ (complex(1e300, -1e300))', lambda: ((1+2j)) ^ (complex(1e300, -1e300)))
a, b = 0, 0
show('((-0.5+1.5j)) / (float("-inf"))', lambda: ((-0.5+1.5j)) / (float("-inf")))
a, b = 0, 0
show('(2.25) + (2)', lambda: (2.25) + (2))
a, b = 0, 0
show('(1) ** (-2j)', lambda: (1) ** (-2j))
a, b = 0, 0
show('(2) ^ (2**63-1)', lambda: (2) ^ (2**63-1))
a, b = 0, 0
show('float(2**31)', lambda: float(2**31))
a, b = 0, 0
show('(float("-inf")) * (-2**63)', lambda: (float("-inf")) * (-2**63))
a, b = 0, 0
show('-((3-4j))', lambda: -((3-4j)))
a, b = 0, 0
show('complex(7, -3)', lambda: complex(7, -3))
a, b = 0, 0
show('(-2**64-1) << (True)', lambda: (-2**64-1) << (True))
a, b = 0, 0
show('divmod(2**64, 0.0)', lambda: divmod(2**64, 0.0))
a, b = 0, 0
show('(2**64) * ((1+2j))', lambda: (2**64) * ((1+2j)))
a, b = 0, 0
show('((1+2j)) != (1)', lambda: ((1+2j)) != (1))
a, b = 0, 0
show('(255) < (complex(0.0, -0.0))', lambda: (255) < (complex(0.0, -0.0)))
a, b = 0, 0
show('hash(255)', lambda: hash(255))
a, b = 0, 0
show('(3**40) % (complex(0.0, -0.0))', lambda: (3**40) % (complex(0.0, -0.0)))
a, b = 0, 0
show('(2**64) + (-256)', lambda: (2**64) + (-256))
a, b = 0, 0
show('complex(float("nan"), 3**40)', lambda: complex(float("nan"), 3**40))
a, b = 0, 0
show('(2.25) >= (1)', lambda: (2.25) >= (1))
a, b = 0, 0
show('-(10**20)', lambda: -(10**20))
a, b = 0, 0
show('-(1j)', lambda: -(1j))
a, b = 0, 0
show('complex(0j, 3.141592653589793)', lambda: complex(0j, 3.141592653589793))
a, b = 0, 0
show('(2) <= (complex(1e300, -1e300))', lambda: (2) <= (complex(1e300, -1e300)))
a, b = 0, 0
show('(2.25) / (1e16)', lambda: (2.25) / (1e16))
a, b = 0, 0
show('(255) & (False)', lambda: (255) & (False))
a, b = 0, 0
show('(-2**64-1) << (0.5)', lambda: (-2**64-1) << (0.5))
a, b = 0, 0
show('(2.25) == (10**20)', lambda: (2.25) == (10**20))
a, b = 0, 0
show('(-256) + ((3-4j))', lambda: (-256) + ((3-4j)))
a, b = 0, 0
show('(0.1) ** (0)', lambda: (0.1) ** (0))
a, b = 0, 0
show('(1e300) // (-1e300)', lambda: (1e300) // (-1e300))
a, b = 0, 0
show('((-0.5+1.5j)) + (5e-324)', lambda: ((-0.5+1.5j)) + (5e-324))
a, b = 0, 0
show('(5e-324) + (0.5)', lambda: (5e-324) + (0.5))
a, b = 0, 0
show('hex(1e16)', lambda: hex(1e16))
a, b = 0, 0
show('(0.1) > (float("-inf"))', lambda: (0.1) > (float("-inf")))
a, b = 0, 0
show('format(3.141592653589793, "")', lambda: format(3.141592653589793, ""))
a, b = 0, 0
show('~(123.456)', lambda: ~(123.456))
a, b = 0, 0
show('round(-1, 0)', lambda: round(-1, 0))
a, b = 0, 0
show('complex(-1.5, -2j)', lambda: complex(-1.5, -2j))
a, b = 0, 0
show('(-0.0) / (0)', lambda: (-0.0) / (0))
a, b = 0, 0
show('(-2**63) * ((1+2j))', lambda: (-2**63) * ((1+2j)))
a, b = 0, 0
show('str(-0.0)', lambda: str(-0.0))
a, b = 0, 0
show('(-7.0) >> ((1+2j))', lambda: (-7.0) >> ((1+2j)))
a, b = 0, 0
show('(float("nan")) > (123.456)', lambda: (float("nan")) > (123.456))
a, b = 0, 0
show('((1+2j)) | (0j)', lambda: ((1+2j)) | (0j))
a, b = 0, 0
show('hex(2.25)', lambda: hex(2.25))
a, b = 0, 0
show('round(-1, 0)', lambda: round(-1, 0))
a, b = 0, 0
show('complex(1e300, 1j)', lambda: complex(1e300, 1j))
a, b = 0, 0
show('(0.0) / (1)', lambda: (0.0) / (1))
a, b = 0, 0
show('(2**63-1) == (2**31)', lambda: (2**63-1) == (2**31))
a, b = 0, 0
show('(1e16) == (True)', lambda: (1e16) == (True))
a, b = 0, 0
show('(-1) > ((-0.5+1.5j))', lambda: (-1) > ((-0.5+1.5j)))
a, b = 0, 0
show('round(1e16, None)', lambda: round(1e16, None))
a, b = 0, 0
show('(-0.0) * (complex(0.0, -0.0))', lambda: (-0.0) * (complex(0.0, -0.0)))
a, b = 0, 0
show('(2) * (0.5)', lambda: (2) * (0.5))
a, b = 0, 0
show('(2**63-1) + ((1+2j))', lambda: (2**63-1) + ((1+2j)))
a, b = 0, 0
show('(float("-inf")) | (-10**25)', lambda: (float("-inf")) | (-10**25))
a, b = 0, 0
show('(-2j) != (-256)', lambda: (-2j) != (-256))
a, b = 0, 0
show('str(2)', lambda: str(2))
a, b = 0, 0
show('round(True)', lambda: round(True))
a, b = 0, 0
show('(2**63-1) != ((-0.5+1.5j))', lambda: (2**63-1) != ((-0.5+1.5j)))
a, b = 0, 0
show('(-3) // (-1e300)', lambda: (-3) // (-1e300))
a, b = 0, 0
show('(-2**64-1) ^ (float("-inf"))', lambda: (-2**64-1) ^ (float("-inf")))
a, b = 0, 0
show('(-2j) << (False)', lambda: (-2j) << (False))
a, b = 0, 0
show('(255) >= (255)', lambda: (255) >= (255))
a, b = 0, 0
show('(-1) % (-3)', lambda: (-1) % (-3))
a, b = 0, 0
show('(complex(0.0, -0.0)) <= (3.141592653589793)', lambda: (complex(0.0, -0.0)) <= (3.141592653589793))
a, b = 0, 0
show('(0) >> (float("nan"))', lambda: (0) >> (float("nan")))
a, b = 0, 0
show('(1j) > (0)', lambda: (1j) > (0))
a, b = 0, 0
show('abs(0.1)', lambda: abs(0.1))
a, b = 0, 0
show('(-2**64-1) << (123.456)', lambda: (-2**64-1) << (123.456))
a, b = 0, 0
show('(255).__round__(-20)', lambda: (255).__round__(-20))
a, b = 0, 0
show('(0.1) - (0j)', lambda: (0.1) - (0j))
a, b = 0, 0
show('(-7.0) & (-2**63)', lambda: (-7.0) & (-2**63))
a, b = 0, 0
show('(complex(0.0, -0.0)) | (-2j)', lambda: (complex(0.0, -0.0)) | (-2j))
a, b = 0, 0
show('(-2j) % (0.5)', lambda: (-2j) % (0.5))
a, b = 0, 0
show('(float("inf")) >= (False)', lambda: (float("inf")) >= (False))
a, b = 0, 0
show('((1+2j)).conjugate()', lambda: ((1+2j)).conjugate())
a, b = 0, 0
show('float(7)', lambda: float(7))
a, b = 0, 0
show('(-10**25) * (2)', lambda: (-10**25) * (2))
a, b = 0, 0
show('(255) % ((1+2j))', lambda: (255) % ((1+2j)))
a, b = 0, 0
show('str(1e-300)', lambda: str(1e-300))
a, b = 0, 0
show('(True) & (0.1)', lambda: (True) & (0.1))
a, b = 0, 0
show('(1e300) % (255)', lambda: (1e300) % (255))
a, b = 0, 0
show('complex(3.141592653589793, (3-4j))', lambda: complex(3.141592653589793, (3-4j)))
a, b = 0, 0
show('(7) % ((-0.5+1.5j))', lambda: (7) % ((-0.5+1.5j)))
a, b = 0, 0
show('(1) << (5e-324)', lambda: (1) << (5e-324))
a, b = 0, 0
show('float(0)', lambda: float(0))
a, b = 0, 0
show('(float("nan")) / (2**31)', lambda: (float("nan")) / (2**31))
a, b = 0, 0
show('((1+2j)) % (-0.0)', lambda: ((1+2j)) % (-0.0))
a, b = 0, 0
show('format(0j, "")', lambda: format(0j, ""))
a, b = 0, 0
show('(2.25) == (0.1)', lambda: (2.25) == (0.1))
a, b = 0, 0
show('float(float("inf"))', lambda: float(float("inf")))
a, b = 0, 0
show('float(-1.5)', lambda: float(-1.5))
a, b = 0, 0
a, b = 0, 0
show('(2**64) ^ (float("nan"))', lambda: (2**64) ^ (float("nan")))
a, b = 0, 0
show('-(0.0)', lambda: -(0.0))
a, b = 0, 0
show('(0) + (0)', lambda: (0) + (0))
a, b = 0, 0
show('(-3) | (2)', lambda: (-3) | (2))
a, b = 0, 0
show('(2) | (1e16)', lambda: (2) | (1e16))
a, b = 0, 0
show('(3**40) == (-1e300)', lambda: (3**40) == (-1e300))
a, b = 0, 0
show('(-2**63) >= (10**20)', lambda: (-2**63) >= (10**20))
a, b = 0, 0
show('(0.0) / (2.25)', lambda: (0.0) / (2.25))
a, b = 0, 0
show('bool(float("-inf"))', lambda: bool(float("-inf")))
a, b = 0, 0
show('-(float("nan"))', lambda: -(float("nan")))
a, b = 0, 0
show('(10) != (2**31)', lambda: (10) != (2**31))
a, b = 0, 0
show('(123.456) * (complex(0.0, -0.0))', lambda: (123.456) * (complex(0.0, -0.0)))
a, b = 0, 0
show('(-3) ** (0.5)', lambda: (-3) ** (0.5))
a, b = 0, 0
show('(1j) + (True)', lambda: (1j) + (True))
a, b = 0, 0
show('(-1e300) < (2**63-1)', lambda: (-1e300) < (2**63-1))
a, b = 0, 0
show('(-3) < (1e16)', lambda: (-3) < (1e16))
a, b = 0, 0
show('(3.141592653589793) == (-3)', lambda: (3.141592653589793) == (-3))
a, b = 0, 0
show('(complex(1e300, -1e300)) / (2)', lambda: (complex(1e300, -1e300)) / (2))
a, b = 0, 0
show('(5e-324).conjugate()', lambda: (5e-324).conjugate())
a, b = 0, 0
show('(2**31) < (123.456)', lambda: (2**31) < (123.456))
a, b = 0, 0
show('(2**31) ^ (-2**64-1)', lambda: (2**31) ^ (-2**64-1))
a, b = 0, 0
show('(1) < (float("-inf"))', lambda: (1) < (float("-inf")))
a, b = 0, 0
show('(7) ^ (10**20)', lambda: (7) ^ (10**20))
a, b = 0, 0
show('(float("-inf")) ^ (2.25)', lambda: (float("-inf")) ^ (2.25))
a, b = 0, 0
show('round(-3)', lambda: round(-3))
a, b = 0, 0
show('(-1e300) != (-0.0)', lambda: (-1e300) != (-0.0))
a, b = 0, 0
show('(0.1) // (complex(0.0, -0.0))', lambda: (0.1) // (complex(0.0, -0.0)))
a, b = 0, 0
show('round(0j)', lambda: round(0j))
a, b = 0, 0
show('(7) != (2**64)', lambda: (7) != (2**64))
a, b = 0, 0
show('hex(-0.0)', lambda: hex(-0.0))
a, b = 0, 0
show('divmod(float("inf"), complex(0.0, -0.0))', lambda: divmod(float("inf"), complex(0.0, -0.0)))
a, b = 0, 0
show('(255) != (0j)', lambda: (255) != (0j))
a, b = 0, 0
show('(-2**63).conjugate()', lambda: (-2**63).conjugate())
a, b = 0, 0
show('abs(1e16)', lambda: abs(1e16))
a, b = 0, 0
show('hash(2)', lambda: hash(2))
a, b = 0, 0
show('(7) >> (-10**25)', lambda: (7) >> (-10**25))
a, b = 0, 0
show('float(1j)', lambda: float(1j))
a, b = 0, 0
show('round(-7.0, 0)', lambda: round(-7.0, 0))
a, b = 0, 0
show('(10**20) | (10**20)', lambda: (10**20) | (10**20))
a, b = 0, 0
show('hex(255)', lambda: hex(255))
a, b = 0, 0
show('(complex(1e300, -1e300)) - (-1)', lambda: (complex(1e300, -1e300)) - (-1))
a, b = 0, 0
show('(-1e300) + (float("-inf"))', lambda: (-1e300) + (float("-inf")))
a, b = 0, 0
show('(123.456) // (2**64)', lambda: (123.456) // (2**64))
a, b = 0, 0
show('(-1.5) + (-1e300)', lambda: (-1.5) + (-1e300))
a, b = 0, 0
show('(1e-300) <= (-10**25)', lambda: (1e-300) <= (-10**25))
a, b = 0, 0
show('int(-256)', lambda: int(-256))
a, b = 0, 0
show('(True) / (10)', lambda: (True) / (10))
a, b = 0, 0
show('(-1e300) - (complex(0.0, -0.0))', lambda: (-1e300) - (complex(0.0, -0.0)))
a, b = 0, 0
show('(False) > ((3-4j))', lambda: (False) > ((3-4j)))
a, b = 0, 0
show('(-1.5) != (complex(1e300, -1e300))', lambda: (-1.5) != (complex(1e300, -1e300)))
a, b = 0, 0
show('(-1) ^ (-256)', lambda: (-1) ^ (-256))
a, b = 0, 0
show('(2**64) + (-0.0)', lambda: (2**64) + (-0.0))
a, b = 0, 0
show('(10**20) | (123.456)', lambda: (10**20) | (123.456))
a, b = 0, 0
show('(-1) ^ (10)', lambda: (-1) ^ (10))
a, b = 0, 0
show('divmod(1e300, -2**64-1)', lambda: divmod(1e300, -2**64-1))
a, b = 0, 0
show('(True) > (float("-inf"))', lambda: (True) > (float("-inf")))
a, b = 0, 0
show('(3**40) < (1j)', lambda: (3**40) < (1j))
a, b = 0, 0
show('repr(1e300)', lambda: repr(1e300))
a, b = 0, 0
show('float(0.1)', lambda: float(0.1))
a, b = 0, 0
show('abs(2.25)', lambda: abs(2.25))
a, b = 0, 0
show('(0.5) ^ (-2**64-1)', lambda: (0.5) ^ (-2**64-1))
a, b = 0, 0
show('(1) ^ (1e-300)', lambda: (1) ^ (1e-300))
a, b = 0, 0
show('(10) * (2**64)', lambda: (10) * (2**64))
a, b = 0, 0
show('(10**20) > (1)', lambda: (10**20) > (1))
a, b = 0, 0
show('float(1)', lambda: float(1))
a, b = 0, 0
show('(1e16) >= (2**31)', lambda: (1e16) >= (2**31))
a, b = 0, 0
show('((3-4j)) * (0.1)', lambda: ((3-4j)) * (0.1))
a, b = 0, 0
show('(1e300) | (1e300)', lambda: (1e300) | (1e300))
a, b = 0, 0
show('(-1e300) % (1j)', lambda: (-1e300) % (1j))
a, b = 0, 0
show('~(float("inf"))', lambda: ~(float("inf")))
a, b = 0, 0
show('(123.456) / (-10**25)', lambda: (123.456) / (-10**25))
a, b = 0, 0
show('(-2**63) / (-7.0)', lambda: (-2**63) / (-7.0))
a, b = 0, 0
show('format(-10**25, "")', lambda: format(-10**25, ""))
a, b = 0, 0
show('(2**63-1) ^ (1e16)', lambda: (2**63-1) ^ (1e16))
a, b = 0, 0
show('format(2**31, "")', lambda: format(2**31, ""))
a, b = 0, 0
show('~(False)', lambda: ~(False))
a, b = 0, 0
show('(-2j) - (-2**64-1)', lambda: (-2j) - (-2**64-1))
a, b = 0, 0
show('(0.5) ^ (-7.0)', lambda: (0.5) ^ (-7.0))
a, b = 0, 0
show('(3.141592653589793) - (-7.0)', lambda: (3.141592653589793) - (-7.0))
a, b = 0, 0
show('round(-7.0)', lambda: round(-7.0))
a, b = 0, 0
show('(2**64) <= (-1)', lambda: (2**64) <= (-1))
a, b = 0, 0
show('((3-4j)) ^ ((1+2j))', lambda: ((3-4j)) ^ ((1+2j)))
a, b = 0, 0
show('(0.5) * (0.5)', lambda: (0.5) * (0.5))
a, b = 0, 0
show('(-2**64-1) ^ (-3)', lambda: (-2**64-1) ^ (-3))
a, b = 0, 0
show('(7) ^ (7)', lambda: (7) ^ (7))
a, b = 0, 0
show('(0.1) / (-1.5)', lambda: (0.1) / (-1.5))
a, b = 0, 0
show('(-2**63) / (123.456)', lambda: (-2**63) / (123.456))
a, b = 0, 0
show('(7) ** ((1+2j))', lambda: (7) ** ((1+2j)))
a, b = 0, 0
show('(-1.5) << (0.1)', lambda: (-1.5) << (0.1))
a, b = 0, 0
show('(1j) != (-1e300)', lambda: (1j) != (-1e300))
a, b = 0, 0
show('(1j) == (-1.5)', lambda: (1j) == (-1.5))
a, b = 0, 0
show('(-10**25) & (-256)', lambda: (-10**25) & (-256))
a, b = 0, 0
show('(10**20) << (float("-inf"))', lambda: (10**20) << (float("-inf")))
a, b = 0, 0
show('(-3) < (float("-inf"))', lambda: (-3) < (float("-inf")))
a, b = 0, 0
show('(-0.0) <= (1j)', lambda: (-0.0) <= (1j))
a, b = 0, 0
show('hex(2**31)', lambda: hex(2**31))
a, b = 0, 0
show('(1e300) != (1e-300)', lambda: (1e300) != (1e-300))
a, b = 0, 0
show('(2.25) // (-2j)', lambda: (2.25) // (-2j))
a, b = 0, 0
show('((1+2j)) * (-1.5)', lambda: ((1+2j)) * (-1.5))
a, b = 0, 0
show('~(False)', lambda: ~(False))
a, b = 0, 0
show('int((3-4j))', lambda: int((3-4j)))
a, b = 0, 0
show('abs(10)', lambda: abs(10))
a, b = 0, 0
show('((-0.5+1.5j)) == (-1.5)', lambda: ((-0.5+1.5j)) == (-1.5))
a, b = 0, 0
show('(0.5) > (0.1)', lambda: (0.5) > (0.1))
a, b = 0, 0
show('bool(2**63-1)', lambda: bool(2**63-1))
a, b = 0, 0
show('(-1e300) == (3**40)', lambda: (-1e300) == (3**40))
a, b = 0, 0
show('divmod(-3, float("nan"))', lambda: divmod(-3, float("nan")))
a, b = 0, 0
show('((3-4j)) | (-2j)', lambda: ((3-4j)) | (-2j))
a, b = 0, 0
show('(-2j) <= (-1.5)', lambda: (-2j) <= (-1.5))
a, b = 0, 0
show('(1) * (2.25)', lambda: (1) * (2.25))
a, b = 0, 0
show('(-3) / (10**20)', lambda: (-3) / (10**20))
a, b = 0, 0
show('round(-1e300)', lambda: round(-1e300))
a, b = 0, 0
show('abs(2**63-1)', lambda: abs(2**63-1))
a, b = 0, 0
show('(5e-324) >> (7)', lambda: (5e-324) >> (7))
a, b = 0, 0
show('(2**63-1) % ((3-4j))', lambda: (2**63-1) % ((3-4j)))
a, b = 0, 0
show('(-1.5) > (-2**64-1)', lambda: (-1.5) > (-2**64-1))
a, b = 0, 0
show('(complex(0.0, -0.0)) // (False)', lambda: (complex(0.0, -0.0)) // (False))
a, b = 0, 0
show('(float("nan")) << (1j)', lambda: (float("nan")) << (1j))
a, b = 0, 0
show('str(10)', lambda: str(10))
a, b = 0, 0
show('(0j) >> (2.25)', lambda: (0j) >> (2.25))
a, b = 0, 0
show('(0.1) << (complex(1e300, -1e300))', lambda: (0.1) << (complex(1e300, -1e300)))
a, b = 0, 0
show('(2**63-1) % (-2**63)', lambda: (2**63-1) % (-2**63))
a, b = 0, 0
show('bin(7)', lambda: bin(7))
a, b = 0, 0
show('(1e16) >> (-2j)', lambda: (1e16) >> (-2j))
a, b = 0, 0
show('(-7.0) < ((3-4j))', lambda: (-7.0) < ((3-4j)))
a, b = 0, 0
show('abs(2**31)', lambda: abs(2**31))
a, b = 0, 0
show('(0.1) != (-0.0)', lambda: (0.1) != (-0.0))
a, b = 0, 0
show('(0j) - (10**20)', lambda: (0j) - (10**20))
a, b = 0, 0
show('round(False, 0)', lambda: round(False, 0))
a, b = 0, 0
show('(-10**25) >> (10**20)', lambda: (-10**25) >> (10**20))
a, b = 0, 0
show('bool(float("nan"))', lambda: bool(float("nan")))
a, b = 0, 0
show('(2.25) > (1e300)', lambda: (2.25) > (1e300))
a, b = 0, 0
show('(1e300) + (1e-300)', lambda: (1e300) + (1e-300))
a, b = 0, 0
show('(10) / (1e300)', lambda: (10) / (1e300))
a, b = 0, 0
show('((-0.5+1.5j)) != (0.5)', lambda: ((-0.5+1.5j)) != (0.5))
a, b = 0, 0
show('(-3) ** (5e-324)', lambda: (-3) ** (5e-324))
a, b = 0, 0
show('(True) - (1e16)', lambda: (True) - (1e16))
a, b = 0, 0
show('(1) > (10**20)', lambda: (1) > (10**20))
a, b = 0, 0
show('round(-256)', lambda: round(-256))
a, b = 0, 0
show('(complex(0.0, -0.0)) - (0.0)', lambda: (complex(0.0, -0.0)) - (0.0))
a, b = 0, 0
show('hash(complex(1e300, -1e300))', lambda: hash(complex(1e300, -1e300)))
a, b = 0, 0
show('(5e-324) // (float("-inf"))', lambda: (5e-324) // (float("-inf")))
a, b = 0, 0
show('format(-0.0, "")', lambda: format(-0.0, ""))
a, b = 0, 0
show('(5e-324) | (float("inf"))', lambda: (5e-324) | (float("inf")))
a, b = 0, 0
show('abs(2.25)', lambda: abs(2.25))
a, b = 0, 0
show('repr(10**20)', lambda: repr(10**20))
a, b = 0, 0
show('(float("-inf")) <= (2**31)', lambda: (float("-inf")) <= (2**31))
a, b = 0, 0
show('(0.1).__round__(1)', lambda: (0.1).__round__(1))
a, b = 0, 0
show('(1e-300) != (float("-inf"))', lambda: (1e-300) != (float("-inf")))
a, b = 0, 0
show('(1) >> (-2**64-1)', lambda: (1) >> (-2**64-1))
a, b = 0, 0
show('(1e-300) ^ (3.141592653589793)', lambda: (1e-300) ^ (3.141592653589793))
a, b = 0, 0
show('float(complex(0.0, -0.0))', lambda: float(complex(0.0, -0.0)))
a, b = 0, 0
show('(-0.0) >= ((-0.5+1.5j))', lambda: (-0.0) >= ((-0.5+1.5j)))
a, b = 0, 0
show('(-1) ** (1e300)', lambda: (-1) ** (1e300))
a, b = 0, 0
show('bin(10**20)', lambda: bin(10**20))
a, b = 0, 0
show('(0.0) | (2**64)', lambda: (0.0) | (2**64))
a, b = 0, 0
show('float(3**40)', lambda: float(3**40))
a, b = 0, 0
show('(3.141592653589793) + (complex(0.0, -0.0))', lambda: (3.141592653589793) + (complex(0.0, -0.0)))
a, b = 0, 0
show('(1j).__round__(-20)', lambda: (1j).__round__(-20))
a, b = 0, 0
show('(-2j) == (3.141592653589793)', lambda: (-2j) == (3.141592653589793))
a, b = 0, 0
show('(True) <= (-10**25)', lambda: (True) <= (-10**25))
a, b = 0, 0
show('-(3**40)', lambda: -(3**40))
a, b = 0, 0
show('(2**31) | (2.25)', lambda: (2**31) | (2.25))
a, b = 0, 0
show('(2**63-1) >= (123.456)', lambda: (2**63-1) >= (123.456))
a, b = 0, 0
show('(0) | (0.1)', lambda: (0) | (0.1))
a, b = 0, 0
show('bin(7)', lambda: bin(7))
a, b = 0, 0
show('(0.0) ^ (123.456)', lambda: (0.0) ^ (123.456))
a, b = 0, 0
show('(10) != (-1.5)', lambda: (10) != (-1.5))
a, b = 0, 0
show('(0.1) >= (255)', lambda: (0.1) >= (255))
a, b = 0, 0
show('(2.25) > (complex(1e300, -1e300))', lambda: (2.25) > (complex(1e300, -1e300)))
a, b = 0, 0
show('(7) > (0.0)', lambda: (7) > (0.0))
a, b = 0, 0
show('(0.0) / (-2j)', lambda: (0.0) / (-2j))
a, b = 0, 0
show('hex(-1.5)', lambda: hex(-1.5))
a, b = 0, 0
show('(2.25) + (-0.0)', lambda: (2.25) + (-0.0))
a, b = 0, 0
show('(1j) <= ((3-4j))', lambda: (1j) <= ((3-4j)))
a, b = 0, 0
show('(-2**64-1) % (10)', lambda: (-2**64-1) % (10))
a, b = 0, 0
show('(float("-inf")) // (2**63-1)', lambda: (float("-inf")) // (2**63-1))
a, b = 0, 0
show('round(1j, -20)', lambda: round(1j, -20))
a, b = 0, 0
show('~(False)', lambda: ~(False))
a, b = 0, 0
show('(2) & (255)', lambda: (2) & (255))
a, b = 0, 0
show('str(10)', lambda: str(10))
a, b = 0, 0
show('(1e-300).__round__(2)', lambda: (1e-300).__round__(2))
a, b = 0, 0
show('(complex(0.0, -0.0)) < (float("nan"))', lambda: (complex(0.0, -0.0)) < (float("nan")))
a, b = 0, 0
show('(0.1) > (-7.0)', lambda: (0.1) > (-7.0))
a, b = 0, 0
show('(-7.0).conjugate()', lambda: (-7.0).conjugate())
a, b = 0, 0
show('hex(-1e300)', lambda: hex(-1e300))
a, b = 0, 0
show('(7) < (complex(1e300, -1e300))', lambda: (7) < (complex(1e300, -1e300)))
a, b = 0, 0
show('(float("inf")) == (10)', lambda: (float("inf")) == (10))
a, b = 0, 0
show('(-1) >= (float("nan"))', lambda: (-1) >= (float("nan")))
a, b = 0, 0
show('(1e300) % (10**20)', lambda: (1e300) % (10**20))
a, b = 0, 0
show('((-0.5+1.5j)) > (1)', lambda: ((-0.5+1.5j)) > (1))
a, b = 0, 0
show('hash(3.141592653589793)', lambda: hash(3.141592653589793))
a, b = 0, 0
show('(1e300) != (5e-324)', lambda: (1e300) != (5e-324))
a, b = 0, 0
show('(-2j) - (1e-300)', lambda: (-2j) - (1e-300))
a, b = 0, 0
show('format((3-4j), "")', lambda: format((3-4j), ""))
a, b = 0, 0
show('bool(0.1)', lambda: bool(0.1))
a, b = 0, 0
show('-(2.25)', lambda: -(2.25))
a, b = 0, 0
show('divmod(-1.5, (3-4j))', lambda: divmod(-1.5, (3-4j)))
a, b = 0, 0
show('(-1) | (True)', lambda: (-1) | (True))
a, b = 0, 0
show('divmod(2**63-1, -2**63)', lambda: divmod(2**63-1, -2**63))
a, b = 0, 0
show('(1e16) ^ (2.25)', lambda: (1e16) ^ (2.25))
a, b = 0, 0
show('(0.5) != (1e16)', lambda: (0.5) != (1e16))
a, b = 0, 0
show('hex(float("nan"))', lambda: hex(float("nan")))
a, b = 0, 0
show('(255) ^ (-2**63)', lambda: (255) ^ (-2**63))
a, b = 0, 0
show('(2**63-1) // (0.5)', lambda: (2**63-1) // (0.5))
a, b = 0, 0
show('(-1e300) | (2)', lambda: (-1e300) | (2))
a, b = 0, 0
show('(2**63-1) / (1j)', lambda: (2**63-1) / (1j))
a, b = 0, 0
show('(0.1) * (0)', lambda: (0.1) * (0))
a, b = 0, 0
show('(0.1) % (0.0)', lambda: (0.1) % (0.0))
a, b = 0, 0
show('repr(-256)', lambda: repr(-256))
a, b = 0, 0
show('round(-2**63, None)', lambda: round(-2**63, None))
a, b = 0, 0
show('(0.5) // (1e300)', lambda: (0.5) // (1e300))
a, b = 0, 0
show('(-10**25) // ((1+2j))', lambda: (-10**25) // ((1+2j)))
a, b = 0, 0
show('int(2**64)', lambda: int(2**64))
a, b = 0, 0
a, b = 0, 0
show('(1e16) == (-256)', lambda: (1e16) == (-256))
a, b = 0, 0
show('round(-3, 2)', lambda: round(-3, 2))
a, b = 0, 0
show('(2.25) * (2**31)', lambda: (2.25) * (2**31))
a, b = 0, 0
show('(1e-300) < (-3)', lambda: (1e-300) < (-3))
a, b = 0, 0
show('int(123.456)', lambda: int(123.456))
a, b = 0, 0
show('(-256) + (-2**63)', lambda: (-256) + (-2**63))
a, b = 0, 0
show('(float("nan")) & (0.1)', lambda: (float("nan")) & (0.1))
a, b = 0, 0
show('(0j) > (complex(1e300, -1e300))', lambda: (0j) > (complex(1e300, -1e300)))
a, b = 0, 0
show('~(True)', lambda: ~(True))
a, b = 0, 0
show('(255) > (7)', lambda: (255) > (7))
a, b = 0, 0
show('(10) > ((-0.5+1.5j))', lambda: (10) > ((-0.5+1.5j)))
a, b = 0, 0
show('(-2j) != (5e-324)', lambda: (-2j) != (5e-324))
a, b = 0, 0
show('(-2**63) >> (complex(0.0, -0.0))', lambda: (-2**63) >> (complex(0.0, -0.0)))
a, b = 0, 0
show('(2**31) < (1j)', lambda: (2**31) < (1j))
a, b = 0, 0
show('(1e300) >> (True)', lambda: (1e300) >> (True))
a, b = 0, 0
show('(2**31) >> (-2**63)', lambda: (2**31) >> (-2**63))
a, b = 0, 0
show('(2**63-1) % (-2**63)', lambda: (2**63-1) % (-2**63))
a, b = 0, 0
show('(2**64) ** (0.1)', lambda: (2**64) ** (0.1))
a, b = 0, 0
show('hex((3-4j))', lambda: hex((3-4j)))
a, b = 0, 0
show('(0j) >= (2)', lambda: (0j) >= (2))
a, b = 0, 0
show('(3.141592653589793) != (-0.0)', lambda: (3.141592653589793) != (-0.0))
a, b = 0, 0
show('(255) == (1e16)', lambda: (255) == (1e16))
a, b = 0, 0
show('~(-10**25)', lambda: ~(-10**25))
a, b = 0, 0
show('(5e-324) | (complex(0.0, -0.0))', lambda: (5e-324) | (complex(0.0, -0.0)))
a, b = 0, 0
show('(0.1) <= (0j)', lambda: (0.1) <= (0j))
a, b = 0, 0
show('(3.141592653589793) | (complex(0.0, -0.0))', lambda: (3.141592653589793) | (complex(0.0, -0.0)))
a, b = 0, 0
show('(-10**25).__round__(-1)', lambda: (-10**25).__round__(-1))
a, b = 0, 0
show('(0.0) <= (7)', lambda: (0.0) <= (7))
a, b = 0, 0
show('(-7.0).__round__(None)', lambda: (-7.0).__round__(None))
a, b = 0, 0
show('(complex(1e300, -1e300)) * (1e16)', lambda: (complex(1e300, -1e300)) * (1e16))
a, b = 0, 0
show('(float("-inf")) >= (float("inf"))', lambda: (float("-inf")) >= (float("inf")))
a, b = 0, 0
show('(-2j) ^ (1)', lambda: (-2j) ^ (1))
a, b = 0, 0
show('abs(0.5)', lambda: abs(0.5))
a, b = 0, 0
show('(1) < (0.1)', lambda: (1) < (0.1))
a, b = 0, 0
show('(10**20) <= (10**20)', lambda: (10**20) <= (10**20))
a, b = 0, 0
show('(2.25) <= (2**64)', lambda: (2.25) <= (2**64))
a, b = 0, 0
show('(2**64).__round__(-1)', lambda: (2**64).__round__(-1))
a, b = 0, 0
show('(0.0) < (-1.5)', lambda: (0.0) < (-1.5))
a, b = 0, 0
show('(10**20) <= (0.1)', lambda: (10**20) <= (0.1))
a, b = 0, 0
show('(3.141592653589793) * (1e16)', lambda: (3.141592653589793) * (1e16))
a, b = 0, 0
show('(2**31) * (-0.0)', lambda: (2**31) * (-0.0))
a, b = 0, 0
show('(1e16) & ((3-4j))', lambda: (1e16) & ((3-4j)))
a, b = 0, 0
show('(1e16) < (123.456)', lambda: (1e16) < (123.456))
a, b = 0, 0
show('(-256) ^ (-3)', lambda: (-256) ^ (-3))
a, b = 0, 0
show('bin(-7.0)', lambda: bin(-7.0))
a, b = 0, 0
show('(-10**25).conjugate()', lambda: (-10**25).conjugate())
a, b = 0, 0
show('(1) <= (0j)', lambda: (1) <= (0j))
a, b = 0, 0
show('(123.456) >> (1e16)', lambda: (123.456) >> (1e16))
a, b = 0, 0
show('(1e-300) * (0.0)', lambda: (1e-300) * (0.0))
a, b = 0, 0
show('(10) - (0j)', lambda: (10) - (0j))
a, b = 0, 0
show('(float("-inf")) + (0.1)', lambda: (float("-inf")) + (0.1))
a, b = 0, 0
show('(float("inf")) << (float("-inf"))', lambda: (float("inf")) << (float("-inf")))
a, b = 0, 0
show('-(-2j)', lambda: -(-2j))
a, b = 0, 0
show('(2) % (-0.0)', lambda: (2) % (-0.0))
a, b = 0, 0
show('(5e-324) / (-2j)', lambda: (5e-324) / (-2j))
a, b = 0, 0
show('(-2**64-1) ** (-1)', lambda: (-2**64-1) ** (-1))
a, b = 0, 0
show('(10) > (-256)', lambda: (10) > (-256))
a, b = 0, 0
show('(10) - (1j)', lambda: (10) - (1j))
a, b = 0, 0
show('bool(1e16)', lambda: bool(1e16))
a, b = 0, 0
show('repr(complex(0.0, -0.0))', lambda: repr(complex(0.0, -0.0)))
a, b = 0, 0
show('(0.1) < (float("-inf"))', lambda: (0.1) < (float("-inf")))
a, b = 0, 0
show('(complex(0.0, -0.0)) ^ (-2**64-1)', lambda: (complex(0.0, -0.0)) ^ (-2**64-1))
a, b = 0, 0
show('(1e-300) > (0.1)', lambda: (1e-300) > (0.1))
a, b = 0, 0
show('(-1) / (-1)', lambda: (-1) / (-1))
a, b = 0, 0
show('(complex(0.0, -0.0)) > (-1)', lambda: (complex(0.0, -0.0)) > (-1))
a, b = 0, 0
show('(1e16) // (complex(0.0, -0.0))', lambda: (1e16) // (complex(0.0, -0.0)))
a, b = 0, 0
show('int(float("inf"))', lambda: int(float("inf")))
a, b = 0, 0
show('(-10**25) | (1j)', lambda: (-10**25) | (1j))
a, b = 0, 0
show('(complex(1e300, -1e300)) // (1e16)', lambda: (complex(1e300, -1e300)) // (1e16))
a, b = 0, 0
show('(1e-300) * (float("-inf"))', lambda: (1e-300) * (float("-inf")))
a, b = 0, 0
show('(float("nan")) == (5e-324)', lambda: (float("nan")) == (5e-324))
a, b = 0, 0
show('divmod(123.456, 1)', lambda: divmod(123.456, 1))
a, b = 0, 0
show('(-0.0) == ((1+2j))', lambda: (-0.0) == ((1+2j)))
a, b = 0, 0
show('(1) >= ((1+2j))', lambda: (1) >= ((1+2j)))
a, b = 0, 0
show('(1e300) & (2**31)', lambda: (1e300) & (2**31))
a, b = 0, 0
show('hex(7)', lambda: hex(7))
a, b = 0, 0
show('(0j) << ((1+2j))', lambda: (0j) << ((1+2j)))
a, b = 0, 0
show('(5e-324) ^ ((1+2j))', lambda: (5e-324) ^ ((1+2j)))
a, b = 0, 0
show('(1e300) & (3**40)', lambda: (1e300) & (3**40))
a, b = 0, 0
show('(0) >= ((1+2j))', lambda: (0) >= ((1+2j)))
a, b = 0, 0
show('complex(3.141592653589793, 1e16)', lambda: complex(3.141592653589793, 1e16))
a, b = 0, 0
show('(-1e300) < (10)', lambda: (-1e300) < (10))
a, b = 0, 0
show('(0).conjugate()', lambda: (0).conjugate())
a, b = 0, 0
show('round(-2j, -20)', lambda: round(-2j, -20))
a, b = 0, 0
show('(-7.0) % (-2**63)', lambda: (-7.0) % (-2**63))
a, b = 0, 0
show('(1) != (5e-324)', lambda: (1) != (5e-324))
a, b = 0, 0
show('hash(2)', lambda: hash(2))
a, b = 0, 0
show('(1e-300) != (-1)', lambda: (1e-300) != (-1))
a, b = 0, 0
show('(float("nan")) == (-0.0)', lambda: (float("nan")) == (-0.0))
a, b = 0, 0
show('(1e-300) - (complex(1e300, -1e300))', lambda: (1e-300) - (complex(1e300, -1e300)))
a, b = 0, 0
show('(False) >> (0.5)', lambda: (False) >> (0.5))
a, b = 0, 0
show('(2**31) + (10**20)', lambda: (2**31) + (10**20))
a, b = 0, 0
show('(10**20) ^ (float("inf"))', lambda: (10**20) ^ (float("inf")))
a, b = 0, 0
show('int(5e-324)', lambda: int(5e-324))
a, b = 0, 0
show('(-1.5) << (0j)', lambda: (-1.5) << (0j))
a, b = 0, 0
show('(1e-300) == (False)', lambda: (1e-300) == (False))
a, b = 0, 0
show('complex(float("nan"), 0.0)', lambda: complex(float("nan"), 0.0))
a, b = 0, 0
show('format((1+2j), "")', lambda: format((1+2j), ""))
a, b = 0, 0
show('round(True, -2)', lambda: round(True, -2))
a, b = 0, 0
show('(5e-324) - (3.141592653589793)', lambda: (5e-324) - (3.141592653589793))
a, b = 0, 0
show('(10**20) ** (10)', lambda: (10**20) ** (10))
a, b = 0, 0
show('hex(5e-324)', lambda: hex(5e-324))
a, b = 0, 0
show('(0j) & (123.456)', lambda: (0j) & (123.456))
a, b = 0, 0
show('(2**64) >= (3**40)', lambda: (2**64) >= (3**40))
a, b = 0, 0
show('(-2**63) % (-1.5)', lambda: (-2**63) % (-1.5))
a, b = 0, 0
show('(2**63-1) / (255)', lambda: (2**63-1) / (255))
a, b = 0, 0
show('(10) >= (255)', lambda: (10) >= (255))
a, b = 0, 0
show('(1e-300) < (123.456)', lambda: (1e-300) < (123.456))
a, b = 0, 0
show('bin(-0.0)', lambda: bin(-0.0))
a, b = 0, 0
show('(0.5) ^ (3**40)', lambda: (0.5) ^ (3**40))
a, b = 0, 0
show('hash(float("inf"))', lambda: hash(float("inf")))
a, b = 0, 0
show('(2**63-1) ** (2)', lambda: (2**63-1) ** (2))
a, b = 0, 0
show('(-2**63) + (1e300)', lambda: (-2**63) + (1e300))
a, b = 0, 0
show('(1e-300) % ((-0.5+1.5j))', lambda: (1e-300) % ((-0.5+1.5j)))
a, b = 0, 0
show('str(0)', lambda: str(0))
a, b = 0, 0
show('(float("-inf")) <= (2**63-1)', lambda: (float("-inf")) <= (2**63-1))
a, b = 0, 0
show('(0j) | ((1+2j))', lambda: (0j) | ((1+2j)))
a, b = 0, 0
show('(2**64) != (0)', lambda: (2**64) != (0))
a, b = 0, 0
show('(0.0) | (float("-inf"))', lambda: (0.0) | (float("-inf")))
a, b = 0, 0
show('(1e300) > (True)', lambda: (1e300) > (True))
a, b = 0, 0
show('repr(255)', lambda: repr(255))
a, b = 0, 0
show('round(255)', lambda: round(255))
a, b = 0, 0
show('(123.456) | ((3-4j))', lambda: (123.456) | ((3-4j)))
a, b = 0, 0
show('(255) | (3**40)', lambda: (255) | (3**40))
a, b = 0, 0
show('(10) ^ (complex(1e300, -1e300))', lambda: (10) ^ (complex(1e300, -1e300)))
a, b = 0, 0
show('(0j) >= (2.25)', lambda: (0j) >= (2.25))
a, b = 0, 0
show('((3-4j)) % (1)', lambda: ((3-4j)) % (1))
a, b = 0, 0
show('(complex(0.0, -0.0)) <= (1e16)', lambda: (complex(0.0, -0.0)) <= (1e16))
a, b = 0, 0
show('~(1j)', lambda: ~(1j))
a, b = 0, 0
show('format(-1, "")', lambda: format(-1, ""))
a, b = 0, 0
show('str((3-4j))', lambda: str((3-4j)))
a, b = 0, 0
show('(10**20).conjugate()', lambda: (10**20).conjugate())
a, b = 0, 0
show('float(-3)', lambda: float(-3))
a, b = 0, 0
show('(2**64) > (0j)', lambda: (2**64) > (0j))
a, b = 0, 0
show('(complex(1e300, -1e300)) == (float("inf"))', lambda: (complex(1e300, -1e300)) == (float("inf")))
a, b = 0, 0
show('(-1e300) % (-1e300)', lambda: (-1e300) % (-1e300))
a, b = 0, 0
show('(-10**25) & (3**40)', lambda: (-10**25) & (3**40))
a, b = 0, 0
show('format(float("nan"), "")', lambda: format(float("nan"), ""))
a, b = 0, 0
show('((3-4j)) >= (0.5)', lambda: ((3-4j)) >= (0.5))
a, b = 0, 0
show('(0.5) + (1e-300)', lambda: (0.5) + (1e-300))
a, b = 0, 0
show('(10**20).__round__(5)', lambda: (10**20).__round__(5))
a, b = 0, 0
show('(complex(1e300, -1e300)) & (-10**25)', lambda: (complex(1e300, -1e300)) & (-10**25))
a, b = 0, 0
show('(3**40) >> ((1+2j))', lambda: (3**40) >> ((1+2j)))
a, b = 0, 0
show('(5e-324) - (2**63-1)', lambda: (5e-324) - (2**63-1))
a, b = 0, 0
show('(2**63-1) // (3.141592653589793)', lambda: (2**63-1) // (3.141592653589793))
a, b = 0, 0
show('int(5e-324)', lambda: int(5e-324))
a, b = 0, 0
show('(complex(1e300, -1e300)) == (1j)', lambda: (complex(1e300, -1e300)) == (1j))
a, b = 0, 0
show('str(0)', lambda: str(0))
a, b = 0, 0
show('(0.1) <= (0)', lambda: (0.1) <= (0))
a, b = 0, 0
show('(complex(1e300, -1e300)) | (-3)', lambda: (complex(1e300, -1e300)) | (-3))
a, b = 0, 0
show('(True) != (-0.0)', lambda: (True) != (-0.0))
a, b = 0, 0
show('round(3**40, 1)', lambda: round(3**40, 1))
a, b = 0, 0
show('str(-1.5)', lambda: str(-1.5))
a, b = 0, 0
show('(-10**25) >> (1e300)', lambda: (-10**25) >> (1e300))
a, b = 0, 0
show('(False) >> (float("nan"))', lambda: (False) >> (float("nan")))
a, b = 0, 0
show('(-1.5) ** (0.5)', lambda: (-1.5) ** (0.5))
a, b = 0, 0
show('(3.141592653589793) << (complex(0.0, -0.0))', lambda: (3.141592653589793) << (complex(0.0, -0.0)))
a, b = 0, 0
show('(-256) | (3.141592653589793)', lambda: (-256) | (3.141592653589793))
a, b = 0, 0
show('round(0)', lambda: round(0))
a, b = 0, 0
show('float(1)', lambda: float(1))
a, b = 0, 0
show('(True) < (255)', lambda: (True) < (255))
a, b = 0, 0
show('(1e-300) != (complex(0.0, -0.0))', lambda: (1e-300) != (complex(0.0, -0.0)))
a, b = 0, 0
show('(-1) & (-256)', lambda: (-1) & (-256))
a, b = 0, 0
show('(float("nan")) > (-10**25)', lambda: (float("nan")) > (-10**25))
a, b = 0, 0
show('str(complex(1e300, -1e300))', lambda: str(complex(1e300, -1e300)))
a, b = 0, 0
show('(2**31) <= (complex(0.0, -0.0))', lambda: (2**31) <= (complex(0.0, -0.0)))
a, b = 0, 0
show('(3.141592653589793) // (-2j)', lambda: (3.141592653589793) // (-2j))
a, b = 0, 0
show('(7) == (1e16)', lambda: (7) == (1e16))
a, b = 0, 0
show('round(1e-300)', lambda: round(1e-300))
a, b = 0, 0
show('round(-10**25)', lambda: round(-10**25))
a, b = 0, 0
show('abs(0j)', lambda: abs(0j))
a, b = 0, 0
show('(1e16) != ((1+2j))', lambda: (1e16) != ((1+2j)))
a, b = 0, 0
show('(0.0) < (-1.5)', lambda: (0.0) < (-1.5))
a, b = 0, 0
show('divmod(-1.5, complex(0.0, -0.0))', lambda: divmod(-1.5, complex(0.0, -0.0)))
a, b = 0, 0
show('(3**40) ^ (255)', lambda: (3**40) ^ (255))
a, b = 0, 0
show('float(-1e300)', lambda: float(-1e300))
a, b = 0, 0
show('-((1+2j))', lambda: -((1+2j)))
a, b = 0, 0
show('(float("inf")) - (10**20)', lambda: (float("inf")) - (10**20))
a, b = 0, 0
show('(-7.0) ** (-1)', lambda: (-7.0) ** (-1))
a, b = 0, 0
show('(-2j) <= (1e300)', lambda: (-2j) <= (1e300))
a, b = 0, 0
show('((1+2j)).conjugate()', lambda: ((1+2j)).conjugate())
a, b = 0, 0
show('(2) <= (-3)', lambda: (2) <= (-3))
a, b = 0, 0
show('(2.25) != (0j)', lambda: (2.25) != (0j))
a, b = 0, 0
show('(0.0) <= (1e-300)', lambda: (0.0) <= (1e-300))
a, b = 0, 0
show('bool(-1e300)', lambda: bool(-1e300))
a, b = 0, 0
show('(-256) // (-7.0)', lambda: (-256) // (-7.0))
a, b = 0, 0
show('(123.456) > (-1e300)', lambda: (123.456) > (-1e300))
a, b = 0, 0
show('hash(1j)', lambda: hash(1j))
a, b = 0, 0
show('(5e-324) % (2)', lambda: (5e-324) % (2))
a, b = 0, 0
show('(0.5) ^ (10)', lambda: (0.5) ^ (10))
a, b = 0, 0
show('repr(float("inf"))', lambda: repr(float("inf")))
a, b = 0, 0
show('(float("-inf")) / (-0.0)', lambda: (float("-inf")) / (-0.0))
a, b = 0, 0
show('(3**40) & (0.0)', lambda: (3**40) & (0.0))
a, b = 0, 0
show('(3.141592653589793) * (-7.0)', lambda: (3.141592653589793) * (-7.0))
a, b = 0, 0
show('((3-4j)) != (1e-300)', lambda: ((3-4j)) != (1e-300))
a, b = 0, 0
show('(2**63-1) ^ (1j)', lambda: (2**63-1) ^ (1j))
a, b = 0, 0
show('(3**40) != (-2j)', lambda: (3**40) != (-2j))
a, b = 0, 0
show('(complex(0.0, -0.0)) >> (3**40)', lambda: (complex(0.0, -0.0)) >> (3**40))
a, b = 0, 0
show('(True) & (1e16)', lambda: (True) & (1e16))
a, b = 0, 0
show('hash(-1)', lambda: hash(-1))
a, b = 0, 0
show('(0) | ((1+2j))', lambda: (0) | ((1+2j)))
a, b = 0, 0
show('bool(complex(1e300, -1e300))', lambda: bool(complex(1e300, -1e300)))
a, b = 0, 0
show('(-7.0) < (0j)', lambda: (-7.0) < (0j))
a, b = 0, 0
show('(2**63-1) ** (-1)', lambda: (2**63-1) ** (-1))
a, b = 0, 0
show('(0j) + (0.5)', lambda: (0j) + (0.5))
a, b = 0, 0
show('(-0.0) > ((1+2j))', lambda: (-0.0) > ((1+2j)))
a, b = 0, 0
show('format(1e300, "")', lambda: format(1e300, ""))
a, b = 0, 0
show('((3-4j)) == (0.1)', lambda: ((3-4j)) == (0.1))
a, b = 0, 0
show('(10**20) + (123.456)', lambda: (10**20) + (123.456))
a, b = 0, 0
show('(-1e300).__round__(-2)', lambda: (-1e300).__round__(-2))
a, b = 0, 0
show('(1e16) & (2)', lambda: (1e16) & (2))
a, b = 0, 0
show('(0).__round__(1)', lambda: (0).__round__(1))
a, b = 0, 0
show('((-0.5+1.5j)) // (1e16)', lambda: ((-0.5+1.5j)) // (1e16))
a, b = 0, 0
show('(-1e300) & (1e-300)', lambda: (-1e300) & (1e-300))
a, b = 0, 0
show('(5e-324) & (0.1)', lambda: (5e-324) & (0.1))
a, b = 0, 0
show('~(0.5)', lambda: ~(0.5))
a, b = 0, 0
show('(-2j) & (1)', lambda: (-2j) & (1))
a, b = 0, 0
show('(-256) / (1j)', lambda: (-256) / (1j))
a, b = 0, 0
show('bool(float("nan"))', lambda: bool(float("nan")))
a, b = 0, 0
show('(1) ** (0)', lambda: (1) ** (0))
a, b = 0, 0
show('hash(2.25)', lambda: hash(2.25))
a, b = 0, 0
show('divmod((3-4j), float("-inf"))', lambda: divmod((3-4j), float("-inf")))
a, b = 0, 0
show('(255) - (complex(0.0, -0.0))', lambda: (255) - (complex(0.0, -0.0)))
a, b = 0, 0
show('(3**40) == (3**40)', lambda: (3**40) == (3**40))
a, b = 0, 0
show('(255) << (float("-inf"))', lambda: (255) << (float("-inf")))
a, b = 0, 0
show('round(1e300)', lambda: round(1e300))
a, b = 0, 0
show('(1e-300) ** (2.25)', lambda: (1e-300) ** (2.25))
a, b = 0, 0
show('(1) >> (2.25)', lambda: (1) >> (2.25))
a, b = 0, 0
show('(False) ** (-7.0)', lambda: (False) ** (-7.0))
a, b = 0, 0
show('(complex(0.0, -0.0)) != (1e-300)', lambda: (complex(0.0, -0.0)) != (1e-300))
a, b = 0, 0
show('(complex(0.0, -0.0)) >= (0j)', lambda: (complex(0.0, -0.0)) >= (0j))
a, b = 0, 0
show('(123.456) >= (False)', lambda: (123.456) >= (False))
a, b = 0, 0
show('(0.5) | (-3)', lambda: (0.5) | (-3))
a, b = 0, 0
show('(1) / (-2**64-1)', lambda: (1) / (-2**64-1))
a, b = 0, 0
show('(complex(0.0, -0.0)) - (2**63-1)', lambda: (complex(0.0, -0.0)) - (2**63-1))
a, b = 0, 0
show('(123.456) ^ (-256)', lambda: (123.456) ^ (-256))
a, b = 0, 0
show('round((1+2j))', lambda: round((1+2j)))
a, b = 0, 0
show('(0.5) / (2.25)', lambda: (0.5) / (2.25))
a, b = 0, 0
show('((3-4j)) ^ (2**63-1)', lambda: ((3-4j)) ^ (2**63-1))
a, b = 0, 0
show('(123.456) % ((3-4j))', lambda: (123.456) % ((3-4j)))
a, b = 0, 0
show('int(2**64)', lambda: int(2**64))
a, b = 0, 0
show('(-1.5) == ((-0.5+1.5j))', lambda: (-1.5) == ((-0.5+1.5j)))
a, b = 0, 0
show('(-7.0) - (True)', lambda: (-7.0) - (True))
a, b = 0, 0
show('int(10)', lambda: int(10))
a, b = 0, 0
show('(2**64) - ((3-4j))', lambda: (2**64) - ((3-4j)))
a, b = 0, 0
show('(-1.5) < (-0.0)', lambda: (-1.5) < (-0.0))
a, b = 0, 0
show('round(2**31, -2)', lambda: round(2**31, -2))
a, b = 0, 0
show('(0j) % (0.0)', lambda: (0j) % (0.0))
a, b = 0, 0
show('(float("-inf")) / (3**40)', lambda: (float("-inf")) / (3**40))
a, b = 0, 0
show('(-2j) >> (1j)', lambda: (-2j) >> (1j))
a, b = 0, 0
show('round(complex(1e300, -1e300), 1)', lambda: round(complex(1e300, -1e300), 1))
a, b = 0, 0
show('-(2.25)', lambda: -(2.25))
a, b = 0, 0
show('(float("-inf")) / (0.5)', lambda: (float("-inf")) / (0.5))
a, b = 0, 0
show('(1e300) - (10)', lambda: (1e300) - (10))
a, b = 0, 0
show('round(-1e300, None)', lambda: round(-1e300, None))
a, b = 0, 0
show('(0) + (10**20)', lambda: (0) + (10**20))
a, b = 0, 0
show('(2) * ((1+2j))', lambda: (2) * ((1+2j)))
a, b = 0, 0
show('(7) < (-10**25)', lambda: (7) < (-10**25))
a, b = 0, 0
show('((-0.5+1.5j)) * (10**20)', lambda: ((-0.5+1.5j)) * (10**20))
a, b = 0, 0
show('(5e-324) != (0.0)', lambda: (5e-324) != (0.0))
a, b = 0, 0
show('(-1) % ((-0.5+1.5j))', lambda: (-1) % ((-0.5+1.5j)))
a, b = 0, 0
show('~(10**20)', lambda: ~(10**20))
a, b = 0, 0
show('((1+2j)) < (True)', lambda: ((1+2j)) < (True))
a, b = 0, 0
show('(1e-300) << (1e16)', lambda: (1e-300) << (1e16))
a, b = 0, 0
show('-(0j)', lambda: -(0j))
a, b = 0, 0
show('(-0.0) ^ (0j)', lambda: (-0.0) ^ (0j))
a, b = 0, 0
show('(2.25) + (0.1)', lambda: (2.25) + (0.1))
a, b = 0, 0
show('(1) & (complex(0.0, -0.0))', lambda: (1) & (complex(0.0, -0.0)))
a, b = 0, 0
show('round(-2j, 2)', lambda: round(-2j, 2))
a, b = 0, 0
show('abs(3.141592653589793)', lambda: abs(3.141592653589793))
a, b = 0, 0
show('(10) | (-1)', lambda: (10) | (-1))
a, b = 0, 0
show('(-1) >> (1j)', lambda: (-1) >> (1j))
a, b = 0, 0
show('(255) * (0)', lambda: (255) * (0))
a, b = 0, 0
show('(-1e300) > (-1e300)', lambda: (-1e300) > (-1e300))
a, b = 0, 0
show('(complex(1e300, -1e300)) == (1)', lambda: (complex(1e300, -1e300)) == (1))
a, b = 0, 0
show('(float("-inf")) == ((1+2j))', lambda: (float("-inf")) == ((1+2j)))
a, b = 0, 0
show('abs(0.1)', lambda: abs(0.1))
a, b = 0, 0
show('(1) & (1j)', lambda: (1) & (1j))
a, b = 0, 0
show('-(0j)', lambda: -(0j))
a, b = 0, 0
show('round((3-4j), 2)', lambda: round((3-4j), 2))
a, b = 0, 0
show('(123.456) | (1e-300)', lambda: (123.456) | (1e-300))
a, b = 0, 0
show('(10) != ((-0.5+1.5j))', lambda: (10) != ((-0.5+1.5j)))
a, b = 0, 0
show('((3-4j)).__round__(-1)', lambda: ((3-4j)).__round__(-1))
a, b = 0, 0
show('((1+2j)) % (-1.5)', lambda: ((1+2j)) % (-1.5))
a, b = 0, 0
show('repr(1e16)', lambda: repr(1e16))
a, b = 0, 0
show('complex(0j, 3**40)', lambda: complex(0j, 3**40))
a, b = 0, 0
show('(-3) / (5e-324)', lambda: (-3) / (5e-324))
a, b = 0, 0
show('float(0.5)', lambda: float(0.5))
a, b = 0, 0
show('(-2**64-1) + (-2j)', lambda: (-2**64-1) + (-2j))
a, b = 0, 0
show('(1e-300) <= (float("-inf"))', lambda: (1e-300) <= (float("-inf")))
a, b = 0, 0
show('repr(0.1)', lambda: repr(0.1))
a, b = 0, 0
show('int(complex(0.0, -0.0))', lambda: int(complex(0.0, -0.0)))
a, b = 0, 0
show('(True) // (1j)', lambda: (True) // (1j))
a, b = 0, 0
show('-(-10**25)', lambda: -(-10**25))
a, b = 0, 0
show('(5e-324) < (-10**25)', lambda: (5e-324) < (-10**25))
a, b = 0, 0
show('(False) // (-2**64-1)', lambda: (False) // (-2**64-1))
a, b = 0, 0
show('repr(-7.0)', lambda: repr(-7.0))
a, b = 0, 0
show('(complex(1e300, -1e300)) >= (complex(0.0, -0.0))', lambda: (complex(1e300, -1e300)) >= (complex(0.0, -0.0)))
a, b = 0, 0
show('(float("nan")) > (0.0)', lambda: (float("nan")) > (0.0))
a, b = 0, 0
show('bool(10**20)', lambda: bool(10**20))
a, b = 0, 0
show('(2.25) ^ (-10**25)', lambda: (2.25) ^ (-10**25))
a, b = 0, 0
show('(2**63-1) * (2**64)', lambda: (2**63-1) * (2**64))
a, b = 0, 0
show('(False).__round__(1)', lambda: (False).__round__(1))
a, b = 0, 0
show('(0.5) >= (0.0)', lambda: (0.5) >= (0.0))
a, b = 0, 0
show('(10**20) >> (1e16)', lambda: (10**20) >> (1e16))
a, b = 0, 0
show('((-0.5+1.5j)) | (-3)', lambda: ((-0.5+1.5j)) | (-3))
a, b = 0, 0
show('(-1) << (5e-324)', lambda: (-1) << (5e-324))
a, b = 0, 0
show('(-1) >= (255)', lambda: (-1) >= (255))
a, b = 0, 0
show('(1) + (complex(0.0, -0.0))', lambda: (1) + (complex(0.0, -0.0)))
a, b = 0, 0
show('(7) // (float("-inf"))', lambda: (7) // (float("-inf")))
a, b = 0, 0
show('int(-1e300)', lambda: int(-1e300))
a, b = 0, 0
show('(5e-324) * (-0.0)', lambda: (5e-324) * (-0.0))
a, b = 0, 0
show('~(0.5)', lambda: ~(0.5))
a, b = 0, 0
show('(2**31) << (1)', lambda: (2**31) << (1))
a, b = 0, 0
show('(-10**25) % (-0.0)', lambda: (-10**25) % (-0.0))
a, b = 0, 0
show('divmod((1+2j), 2**63-1)', lambda: divmod((1+2j), 2**63-1))
a, b = 0, 0
show('(-0.0) - (True)', lambda: (-0.0) - (True))
a, b = 0, 0
show('abs(2**31)', lambda: abs(2**31))
a, b = 0, 0
show('abs(10**20)', lambda: abs(10**20))
a, b = 0, 0
show('format(0j, "")', lambda: format(0j, ""))
a, b = 0, 0
show('(float("inf")) | (3.141592653589793)', lambda: (float("inf")) | (3.141592653589793))
a, b = 0, 0
show('(-3) / (2**31)', lambda: (-3) / (2**31))
a, b = 0, 0
show('(3.141592653589793) == (10)', lambda: (3.141592653589793) == (10))
a, b = 0, 0
show('(1) * (123.456)', lambda: (1) * (123.456))
a, b = 0, 0
show('(10) // (255)', lambda: (10) // (255))
a, b = 0, 0
show('(float("inf")) | (-1e300)', lambda: (float("inf")) | (-1e300))
a, b = 0, 0
show('(123.456) >= (float("nan"))', lambda: (123.456) >= (float("nan")))
a, b = 0, 0
show('(5e-324) != (complex(0.0, -0.0))', lambda: (5e-324) != (complex(0.0, -0.0)))
a, b = 0, 0
show('(complex(0.0, -0.0)).conjugate()', lambda: (complex(0.0, -0.0)).conjugate())
a, b = 0, 0
show('(1e300) - (-3)', lambda: (1e300) - (-3))
a, b = 0, 0
show('(1e16) < (float("nan"))', lambda: (1e16) < (float("nan")))
a, b = 0, 0
show('(1j) & (1e16)', lambda: (1j) & (1e16))
a, b = 0, 0
show('str(10**20)', lambda: str(10**20))
a, b = 0, 0
show('format(10, "")', lambda: format(10, ""))
a, b = 0, 0
show('(2.25) > (-1)', lambda: (2.25) > (-1))
a, b = 0, 0
show('float(7)', lambda: float(7))
a, b = 0, 0
show('(-1.5) ** (-7.0)', lambda: (-1.5) ** (-7.0))
a, b = 0, 0
show('(-7.0) // (-10**25)', lambda: (-7.0) // (-10**25))
a, b = 0, 0
show('(1) != (5e-324)', lambda: (1) != (5e-324))
a, b = 0, 0
show('(2) < (2**31)', lambda: (2) < (2**31))
a, b = 0, 0
show('str(1j)', lambda: str(1j))
a, b = 0, 0
show('(complex(0.0, -0.0)) // (1j)', lambda: (complex(0.0, -0.0)) // (1j))
a, b = 0, 0
show('(0.5) < (complex(1e300, -1e300))', lambda: (0.5) < (complex(1e300, -1e300)))
a, b = 0, 0
show('abs(float("-inf"))', lambda: abs(float("-inf")))
a, b = 0, 0
show('((-0.5+1.5j)) + (False)', lambda: ((-0.5+1.5j)) + (False))
a, b = 0, 0
show('divmod(0.1, -2**64-1)', lambda: divmod(0.1, -2**64-1))
a, b = 0, 0
show('(False).__round__(None)', lambda: (False).__round__(None))
a, b = 0, 0
show('(2**31) / (0.1)', lambda: (2**31) / (0.1))
a, b = 0, 0
show('int(5e-324)', lambda: int(5e-324))
a, b = 0, 0
show('repr(1e-300)', lambda: repr(1e-300))
a, b = 0, 0
show('divmod(-2j, (-0.5+1.5j))', lambda: divmod(-2j, (-0.5+1.5j)))
a, b = 0, 0
show('(0) >= (-1e300)', lambda: (0) >= (-1e300))
a, b = 0, 0
show('(123.456) > (1e16)', lambda: (123.456) > (1e16))
a, b = 0, 0
show('((3-4j)) == (-2**64-1)', lambda: ((3-4j)) == (-2**64-1))
a, b = 0, 0
show('(-1e300) ^ (1e-300)', lambda: (-1e300) ^ (1e-300))
a, b = 0, 0
show('(3.141592653589793) < ((-0.5+1.5j))', lambda: (3.141592653589793) < ((-0.5+1.5j)))
a, b = 0, 0
show('(1e-300) // (-10**25)', lambda: (1e-300) // (-10**25))
a, b = 0, 0
show('(2) > (-1)', lambda: (2) > (-1))
a, b = 0, 0
show('(1e-300) % (0j)', lambda: (1e-300) % (0j))
a, b = 0, 0
show('(1) ^ (1e-300)', lambda: (1) ^ (1e-300))
a, b = 0, 0
show('(1e-300) != (complex(1e300, -1e300))', lambda: (1e-300) != (complex(1e300, -1e300)))
a, b = 0, 0
show('hash(-2**64-1)', lambda: hash(-2**64-1))
a, b = 0, 0
show('(-1.5) != (3**40)', lambda: (-1.5) != (3**40))
a, b = 0, 0
show('round(float("inf"), -1)', lambda: round(float("inf"), -1))
a, b = 0, 0
show('~(10**20)', lambda: ~(10**20))
a, b = 0, 0
show('(1e-300).__round__(0)', lambda: (1e-300).__round__(0))
a, b = 0, 0
show('(-1.5) ^ ((1+2j))', lambda: (-1.5) ^ ((1+2j)))
a, b = 0, 0
show('((3-4j)) * (0.0)', lambda: ((3-4j)) * (0.0))
a, b = 0, 0
show('(2**63-1) + (float("nan"))', lambda: (2**63-1) + (float("nan")))
a, b = 0, 0
show('(float("nan")) / (1e-300)', lambda: (float("nan")) / (1e-300))
a, b = 0, 0
show('bin(complex(1e300, -1e300))', lambda: bin(complex(1e300, -1e300)))
a, b = 0, 0
show('(-3) & (1j)', lambda: (-3) & (1j))
a, b = 0, 0
show('round(float("inf"), 0)', lambda: round(float("inf"), 0))
a, b = 0, 0
show('hex(3.141592653589793)', lambda: hex(3.141592653589793))
a, b = 0, 0
show('(2.25) + (-1)', lambda: (2.25) + (-1))
a, b = 0, 0
show('(0.5) // (complex(1e300, -1e300))', lambda: (0.5) // (complex(1e300, -1e300)))
a, b = 0, 0
show('(2**64) | (0.0)', lambda: (2**64) | (0.0))
a, b = 0, 0
show('(0.1) / (10**20)', lambda: (0.1) / (10**20))
a, b = 0, 0
show('(2.25) < (2**64)', lambda: (2.25) < (2**64))
a, b = 0, 0
show('(float("nan")) > (2**63-1)', lambda: (float("nan")) > (2**63-1))
a, b = 0, 0
show('(3**40) << (float("inf"))', lambda: (3**40) << (float("inf")))
a, b = 0, 0
show('(complex(0.0, -0.0)) >= (-1.5)', lambda: (complex(0.0, -0.0)) >= (-1.5))
a, b = 0, 0
show('(float("-inf")) > (2.25)', lambda: (float("-inf")) > (2.25))
a, b = 0, 0
show('(2**64) ^ (2)', lambda: (2**64) ^ (2))
a, b = 0, 0
show('round(7)', lambda: round(7))
a, b = 0, 0
show('-(float("inf"))', lambda: -(float("inf")))
a, b = 0, 0
show('int(5e-324)', lambda: int(5e-324))
a, b = 0, 0
show('(complex(0.0, -0.0)) % (False)', lambda: (complex(0.0, -0.0)) % (False))
a, b = 0, 0
show('(-256) > (-1)', lambda: (-256) > (-1))
a, b = 0, 0
show('(2**64) != (float("-inf"))', lambda: (2**64) != (float("-inf")))
a, b = 0, 0
show('(complex(1e300, -1e300)) ^ (5e-324)', lambda: (complex(1e300, -1e300)) ^ (5e-324))
a, b = 0, 0
show('int(3**40)', lambda: int(3**40))
a, b = 0, 0
show('hex(-0.0)', lambda: hex(-0.0))
a, b = 0, 0
show('(0.1) != (-2**64-1)', lambda: (0.1) != (-2**64-1))
a, b = 0, 0
show('divmod(0, -7.0)', lambda: divmod(0, -7.0))
a, b = 0, 0
show('(-7.0) / (2**63-1)', lambda: (-7.0) / (2**63-1))
a, b = 0, 0
show('abs(1j)', lambda: abs(1j))
a, b = 0, 0
show('-(False)', lambda: -(False))
a, b = 0, 0
show('int(-10**25)', lambda: int(-10**25))
a, b = 0, 0
show('(123.456).conjugate()', lambda: (123.456).conjugate())
a, b = 0, 0
show('(float("nan")) ^ (-10**25)', lambda: (float("nan")) ^ (-10**25))
a, b = 0, 0
show('(2**64) + ((-0.5+1.5j))', lambda: (2**64) + ((-0.5+1.5j)))
a, b = 0, 0
show('(7) < (1e16)', lambda: (7) < (1e16))
a, b = 0, 0
show('(1) != (-10**25)', lambda: (1) != (-10**25))
a, b = 0, 0
show('(2) % (0j)', lambda: (2) % (0j))
a, b = 0, 0
show('(255) > (1e16)', lambda: (255) > (1e16))
a, b = 0, 0
show('(-10**25) != (-10**25)', lambda: (-10**25) != (-10**25))
a, b = 0, 0
show('(complex(1e300, -1e300)) >> (True)', lambda: (complex(1e300, -1e300)) >> (True))
a, b = 0, 0
show('divmod(2**64, (1+2j))', lambda: divmod(2**64, (1+2j)))
a, b = 0, 0
show('complex((-0.5+1.5j), float("inf"))', lambda: complex((-0.5+1.5j), float("inf")))
a, b = 0, 0
show('(1e16) < (2**31)', lambda: (1e16) < (2**31))
a, b = 0, 0
show('complex(123.456, float("inf"))', lambda: complex(123.456, float("inf")))
a, b = 0, 0
show('(1e16) < (5e-324)', lambda: (1e16) < (5e-324))
a, b = 0, 0
show('divmod((-0.5+1.5j), 0.5)', lambda: divmod((-0.5+1.5j), 0.5))
a, b = 0, 0
show('(-1e300) | (0.5)', lambda: (-1e300) | (0.5))
a, b = 0, 0
show('(-7.0) > (0.5)', lambda: (-7.0) > (0.5))
a, b = 0, 0
show('(10**20) >> (255)', lambda: (10**20) >> (255))
a, b = 0, 0
show('(-0.0) >> ((-0.5+1.5j))', lambda: (-0.0) >> ((-0.5+1.5j)))
a, b = 0, 0
show('bin(7)', lambda: bin(7))
a, b = 0, 0
show('(2**63-1) & (10**20)', lambda: (2**63-1) & (10**20))
a, b = 0, 0
show('(-2**63) ^ (3**40)', lambda: (-2**63) ^ (3**40))
a, b = 0, 0
show('float(3.141592653589793)', lambda: float(3.141592653589793))
a, b = 0, 0
show('(True).conjugate()', lambda: (True).conjugate())
a, b = 0, 0
show('((-0.5+1.5j)) ** (0.1)', lambda: ((-0.5+1.5j)) ** (0.1))
a, b = 0, 0
show('complex(float("-inf"), 123.456)', lambda: complex(float("-inf"), 123.456))
a, b = 0, 0
show('(10) << (1j)', lambda: (10) << (1j))
a, b = 0, 0
show('((3-4j)) // (float("inf"))', lambda: ((3-4j)) // (float("inf")))
a, b = 0, 0
show('(1e16) << (5e-324)', lambda: (1e16) << (5e-324))
a, b = 0, 0
show('(5e-324) / (1e-300)', lambda: (5e-324) / (1e-300))
a, b = 0, 0
show('(0j) & (2**63-1)', lambda: (0j) & (2**63-1))
a, b = 0, 0
show('format(3.141592653589793, "")', lambda: format(3.141592653589793, ""))
a, b = 0, 0
show('(0.5) > (2.25)', lambda: (0.5) > (2.25))
a, b = 0, 0
show('(-256) // (-1.5)', lambda: (-256) // (-1.5))
a, b = 0, 0
show('round((1+2j), 0)', lambda: round((1+2j), 0))
a, b = 0, 0
show('repr(0.1)', lambda: repr(0.1))
a, b = 0, 0
show('(1).conjugate()', lambda: (1).conjugate())
a, b = 0, 0
show('(0.5) * (1j)', lambda: (0.5) * (1j))
a, b = 0, 0
show('(float("inf")) // (2**31)', lambda: (float("inf")) // (2**31))
a, b = 0, 0
show('bin(2.25)', lambda: bin(2.25))
a, b = 0, 0
show('(-256) / (1e-300)', lambda: (-256) / (1e-300))
a, b = 0, 0
show('(complex(1e300, -1e300)) >> (2**64)', lambda: (complex(1e300, -1e300)) >> (2**64))
a, b = 0, 0
show('(2**63-1) - ((-0.5+1.5j))', lambda: (2**63-1) - ((-0.5+1.5j)))
a, b = 0, 0
show('~(0.1)', lambda: ~(0.1))
a, b = 0, 0
show('(2.25) // (float("nan"))', lambda: (2.25) // (float("nan")))
a, b = 0, 0
show('(False) > (3**40)', lambda: (False) > (3**40))
a, b = 0, 0
show('(-1.5) - (-2**64-1)', lambda: (-1.5) - (-2**64-1))
a, b = 0, 0
show('abs(-2**64-1)', lambda: abs(-2**64-1))
a, b = 0, 0
show('(1) > (10)', lambda: (1) > (10))
a, b = 0, 0
show('float(2**31)', lambda: float(2**31))
a, b = 0, 0
show('abs(1e16)', lambda: abs(1e16))
a, b = 0, 0
show('((3-4j)) >> (-7.0)', lambda: ((3-4j)) >> (-7.0))
a, b = 0, 0
show('(-10**25) / (0.0)', lambda: (-10**25) / (0.0))
a, b = 0, 0
show('(10**20) < (complex(1e300, -1e300))', lambda: (10**20) < (complex(1e300, -1e300)))
a, b = 0, 0
show('bin(1e16)', lambda: bin(1e16))
a, b = 0, 0
show('(-1.5) >= (-7.0)', lambda: (-1.5) >= (-7.0))
a, b = 0, 0
show('round(float("inf"))', lambda: round(float("inf")))
a, b = 0, 0
show('((1+2j)) / (2**31)', lambda: ((1+2j)) / (2**31))
a, b = 0, 0
show('abs(7)', lambda: abs(7))
a, b = 0, 0
show('(-2**64-1) + (0.0)', lambda: (-2**64-1) + (0.0))
a, b = 0, 0
show('(2.25) ** (1j)', lambda: (2.25) ** (1j))
a, b = 0, 0
show('(0j) << (True)', lambda: (0j) << (True))
a, b = 0, 0
show('(3.141592653589793) * (True)', lambda: (3.141592653589793) * (True))
a, b = 0, 0
show('(float("inf")) >> (3.141592653589793)', lambda: (float("inf")) >> (3.141592653589793))
a, b = 0, 0
show('(-10**25) > (True)', lambda: (-10**25) > (True))
a, b = 0, 0
show('(-256) - (False)', lambda: (-256) - (False))
a, b = 0, 0
show('complex(float("-inf"), 1e16)', lambda: complex(float("-inf"), 1e16))
a, b = 0, 0
show('~(2**63-1)', lambda: ~(2**63-1))
a, b = 0, 0
show('(0j) > (-10**25)', lambda: (0j) > (-10**25))
a, b = 0, 0
show('(1e16) == (2**63-1)', lambda: (1e16) == (2**63-1))
a, b = 0, 0
show('(0.1) - (-1e300)', lambda: (0.1) - (-1e300))
a, b = 0, 0
show('(1e-300) == (-1.5)', lambda: (1e-300) == (-1.5))
a, b = 0, 0
show('hash(-0.0)', lambda: hash(-0.0))
a, b = 0, 0
show('(10**20) * ((1+2j))', lambda: (10**20) * ((1+2j)))
a, b = 0, 0
show('(0.1) ^ (float("inf"))', lambda: (0.1) ^ (float("inf")))
a, b = 0, 0
show('(255) >= (0j)', lambda: (255) >= (0j))
a, b = 0, 0
show('((-0.5+1.5j)) < (5e-324)', lambda: ((-0.5+1.5j)) < (5e-324))
a, b = 0, 0
show('(2**63-1) < (1e16)', lambda: (2**63-1) < (1e16))
a, b = 0, 0
show('(2) > (False)', lambda: (2) > (False))
a, b = 0, 0
show('(3.141592653589793) & (2**64)', lambda: (3.141592653589793) & (2**64))
a, b = 0, 0
show('(-0.0) & (complex(0.0, -0.0))', lambda: (-0.0) & (complex(0.0, -0.0)))
a, b = 0, 0
show('(2**64) * (-1.5)', lambda: (2**64) * (-1.5))
a, b = 0, 0
show('(0) == (complex(0.0, -0.0))', lambda: (0) == (complex(0.0, -0.0)))
a, b = 0, 0
show('(0.0) >> (3.141592653589793)', lambda: (0.0) >> (3.141592653589793))
a, b = 0, 0
show('(float("-inf")) == (float("inf"))', lambda: (float("-inf")) == (float("inf")))
a, b = 0, 0
show('hex(1e-300)', lambda: hex(1e-300))
a, b = 0, 0
show('(1j) == (1e300)', lambda: (1j) == (1e300))
a, b = 0, 0
show('(0j) - (0)', lambda: (0j) - (0))
a, b = 0, 0
show('(-2**63) / (3.141592653589793)', lambda: (-2**63) / (3.141592653589793))
a, b = 0, 0
show('(123.456) >> (1j)', lambda: (123.456) >> (1j))
a, b = 0, 0
show('(-2**63) > (-1)', lambda: (-2**63) > (-1))
a, b = 0, 0
show('(2**64) == (2**63-1)', lambda: (2**64) == (2**63-1))
a, b = 0, 0
show('(float("-inf")) != (0.5)', lambda: (float("-inf")) != (0.5))
a, b = 0, 0
show('int(3**40)', lambda: int(3**40))
a, b = 0, 0
show('(-1.5) ** (0.0)', lambda: (-1.5) ** (0.0))
a, b = 0, 0
show('(1e300) != (False)', lambda: (1e300) != (False))
a, b = 0, 0
show('(-3) >= (-2**64-1)', lambda: (-3) >= (-2**64-1))
a, b = 0, 0
show('(False) * (3.141592653589793)', lambda: (False) * (3.141592653589793))
a, b = 0, 0
show('(-1) % (1e16)', lambda: (-1) % (1e16))
a, b = 0, 0
show('(complex(1e300, -1e300)).conjugate()', lambda: (complex(1e300, -1e300)).conjugate())
a, b = 0, 0
show('(-1) >> (float("-inf"))', lambda: (-1) >> (float("-inf")))
a, b = 0, 0
show('(1e16) != (float("-inf"))', lambda: (1e16) != (float("-inf")))
a, b = 0, 0
show('(-2**63) // (0)', lambda: (-2**63) // (0))
a, b = 0, 0
show('complex(1, -2**63)', lambda: complex(1, -2**63))
a, b = 0, 0
show('(2.25) != (1j)', lambda: (2.25) != (1j))
a, b = 0, 0
show('(-2j) == (complex(1e300, -1e300))', lambda: (-2j) == (complex(1e300, -1e300)))
a, b = 0, 0
show('(7) * (-0.0)', lambda: (7) * (-0.0))
a, b = 0, 0
show('(float("-inf")) >= (1)', lambda: (float("-inf")) >= (1))
a, b = 0, 0
show('(10) == (2.25)', lambda: (10) == (2.25))
a, b = 0, 0
show('(False) | (float("nan"))', lambda: (False) | (float("nan")))
a, b = 0, 0
show('(-7.0) >> (-1e300)', lambda: (-7.0) >> (-1e300))
a, b = 0, 0
show('hex(255)', lambda: hex(255))
a, b = 0, 0
show('((3-4j)) ** (-1)', lambda: ((3-4j)) ** (-1))
a, b = 0, 0
show('(1e300) ^ (0j)', lambda: (1e300) ^ (0j))
a, b = 0, 0
show('((3-4j)) < (2.25)', lambda: ((3-4j)) < (2.25))
a, b = 0, 0
show('(1) >= (7)', lambda: (1) >= (7))
a, b = 0, 0
show('(10**20) * (-10**25)', lambda: (10**20) * (-10**25))
a, b = 0, 0
show('(float("-inf")) | (True)', lambda: (float("-inf")) | (True))
a, b = 0, 0
show('(False) / (7)', lambda: (False) / (7))
a, b = 0, 0
show('(-2**63).conjugate()', lambda: (-2**63).conjugate())
a, b = 0, 0
show('(-0.0) < (7)', lambda: (-0.0) < (7))
a, b = 0, 0
show('(False) & (1)', lambda: (False) & (1))
a, b = 0, 0
show('(3.141592653589793) & (2.25)', lambda: (3.141592653589793) & (2.25))
a, b = 0, 0
show('(0j) != (-7.0)', lambda: (0j) != (-7.0))
a, b = 0, 0
show('(float("inf")) >> (0.5)', lambda: (float("inf")) >> (0.5))
a, b = 0, 0
show('float(7)', lambda: float(7))
a, b = 0, 0
show('((3-4j)) * (float("-inf"))', lambda: ((3-4j)) * (float("-inf")))
a, b = 0, 0
show('(complex(1e300, -1e300)) & (float("-inf"))', lambda: (complex(1e300, -1e300)) & (float("-inf")))
a, b = 0, 0
show('repr(0)', lambda: repr(0))
a, b = 0, 0
show('round(2**63-1)', lambda: round(2**63-1))
a, b = 0, 0
show('(-2j) >> ((1+2j))', lambda: (-2j) >> ((1+2j)))
a, b = 0, 0
show('(0j) >= (-2j)', lambda: (0j) >= (-2j))
a, b = 0, 0
show('hash(-1.5)', lambda: hash(-1.5))
a, b = 0, 0
show('(1e16) != (-1e300)', lambda: (1e16) != (-1e300))
