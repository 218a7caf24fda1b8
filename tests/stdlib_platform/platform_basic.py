# platform: answers checked against os.uname() and sys, and the parsers on
# fixed inputs, so that the output does not depend on the machine
import os
import platform
import sys
import tempfile

u = os.uname()
print(platform.system() == u.sysname, platform.node() == u.nodename, platform.release() == u.release)
print(platform.version() == u.version, platform.machine() == u.machine)
r = platform.uname()
print(type(r).__name__, len(r), r.system == u.sysname, r[0] == u.sysname, tuple(r)[:5] == tuple(u), r._fields)
print(type(platform.processor()).__name__, r.processor == platform.processor())
print(repr(r).startswith("uname_result(system='%s', node=" % u.sysname), repr(r).endswith("machine='%s')" % u.machine))

print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__)
print(repr(platform.python_branch()), repr(platform.python_revision()))

for v in ['3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]', '2.7.18 (default, Apr 20 2020) [GCC 9.3.0]',
          '3.9.1 (#1, Jan 1 2021, 00:00:00) [Clang 12.0]', '3.10 (x) [y]',
          '3.9.16 (feeeb7bd, Mar 11 2023, 12:29:20)\n[PyPy 7.3.11 with GCC 10.2.1 20210130 (Red Hat 10.2.1-11)]',
          'garbage']:
    try:
        print(platform._sys_version(v))
    except ValueError as e:
        print('ValueError', e)

print(platform.system_alias('SunOS', '5.11', 'v'), platform.system_alias('SunOS', '4.1', 'v'),
      platform.system_alias('win32', '10', 'v'), platform.system_alias('Linux', '6', 'v'))

d = tempfile.mkdtemp()
samples = {
    'glibc': b'\x00junk GLIBC_2.2.5\x00GLIBC_2.17\x00GLIBC_2.3\x00more',
    'libcso': b'xx libc.so.6 yy',
    'init': b'__libc_init',
    'none': b'nothing here',
    'threads': b'libc_r.so.1.2',
}
for name in sorted(samples):
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(samples[name])
    print(name, platform.libc_ver(path), platform.libc_ver(path, 'dflt', '0'))
big = os.path.join(d, 'big')
with open(big, 'wb') as f:
    f.write(b'x' * 20000 + b'GLIBC_2.28' + b'y' * 100 + b'GLIBC_2.4')
print(platform.libc_ver(big), platform.libc_ver(big, chunksize=100))

bits, linkage = platform.architecture()
import struct
print(bits == '%dbit' % (struct.calcsize('P') * 8), type(linkage).__name__)
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_is_iot())
p = platform.platform()
print(type(p).__name__, p.startswith(u.sysname), ' ' not in p)
print(platform.platform(terse=True).startswith(u.sysname), platform.platform(aliased=True).startswith(u.sysname))
osr = os.path.join(d, 'os-release')
with open(osr, 'w') as f:
    f.write('NAME="Test OS"\nID=test\nVERSION_ID=\'1.0\'\n# comment\nPRETTY_NAME="A \\"quoted\\" \\$name"\nbad line\n')
with open(osr) as f:
    print(sorted(platform._parse_os_release(f).items()))
print(sorted(platform._parse_os_release([]).items()))
import shutil
shutil.rmtree(d)
