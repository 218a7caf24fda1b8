"""Information about the platform kaa runs on (kaa's platform).

The system facts come from os.uname().  The Python facts come from
sys.version, read the way CPython's platform module reads it: kaa's
sys.version has CPython's shape ('3.11.7 (kaa 0.1.0, Go) [kaa]'), so
python_implementation() answers 'CPython' (the language kaa implements,
which is what programs use it to decide), python_build() is
('kaa 0.1.0', 'Go') and python_compiler() is 'kaa'; sys.implementation
.name is 'kaa'.  kaa runs no subprocesses, so processor() is '' and
architecture() looks at the executable's header itself.
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'

# ---------------------------------------------------------------------------
# Versions

_STAGES = {'dev': 10, 'alpha': 20, 'a': 20, 'beta': 30, 'b': 30, 'c': 40,
           'RC': 50, 'rc': 50, 'pl': 200, 'p': 200}
_VERSION_PIECES = re.compile(r'([0-9]+|[._+-])')


def _version_key(version):
    """A list that orders version strings as PHP's version_compare."""
    key = []
    for piece in _VERSION_PIECES.split(version):
        if piece in '._+-':
            continue
        try:
            key.extend((100, int(piece, 10)))
        except ValueError:
            key.extend((_STAGES.get(piece, 0), piece))
    return key


_LIBC_MARKS = re.compile(b'(__libc_init)|(GLIBC_([0-9.]+))|'
                         br'(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version) of the C library the executable (kaa's own by
    default) names, found by scanning it; the given defaults otherwise."""
    if not executable:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        executable = sys.executable
        if not executable:
            return lib, version
    executable = os.path.realpath(executable)
    with open(executable, 'rb') as f:
        data = f.read(chunksize)
        pos = 0
        while pos < len(data):
            m = None
            if b'libc' in data or b'GLIBC' in data:
                m = _LIBC_MARKS.search(data, pos)
            if not m or m.end() == len(data):
                more = f.read(chunksize)
                if more:
                    # keep a tail so that a mark cut in two is found whole
                    data = data[max(pos, len(data) - 1000):] + more
                    pos = 0
                    continue
                if not m:
                    break
            init, glibc, glibc_v, so, threads, so_v = [
                g.decode('latin1') if g is not None else g for g in m.groups()]
            if init and not lib:
                lib = 'libc'
            elif glibc:
                if lib != 'glibc':
                    lib, version = 'glibc', glibc_v
                elif _version_key(glibc_v) > _version_key(version):
                    version = glibc_v
            elif so and lib != 'glibc':
                lib = 'libc'
                if so_v and (not version or _version_key(so_v) > _version_key(version)):
                    version = so_v
                if threads and version[-len(threads):] != threads:
                    version = version + threads
            pos = m.end()
    return lib, version


# ---------------------------------------------------------------------------
# The system

class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """os.uname()'s facts plus processor (a sixth item that the repr
    leaves out, as CPython's does)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d'
                            % (len(cls._fields) - 1, len(result)))
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def _blank_unknown(value):
    return '' if value == 'unknown' else value


def uname():
    """(system, node, release, version, machine, processor)."""
    u = os.uname()
    return uname_result(*map(_blank_unknown, (u.sysname, u.nodename, u.release,
                                               u.version, u.machine)))


def system():
    """'Linux', 'Darwin', 'Windows'... or ''."""
    return uname().system


def node():
    """The computer's network name, or ''."""
    return uname().node


def release():
    """The system's release, or ''."""
    return uname().release


def version():
    """The system's version, or ''."""
    return uname().version


def machine():
    """The machine type ('x86_64'...), or ''."""
    return uname().machine


def processor():
    """The processor name: '' in kaa, which runs no 'uname -p'."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) with marketing names (SunOS 5 is
    Solaris 2, win32 is Windows)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        pieces = release.split('.')
        try:
            pieces[0] = str(int(pieces[0]) - 3)
        except ValueError:
            pass
        else:
            release = '.'.join(pieces)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: bits default to the pointer
    size, linkage is 'ELF' for ELF files."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    if executable:
        try:
            with open(executable, 'rb') as f:
                header = f.read(18)
        except OSError:
            header = b''
        # an ELF executable or shared object (e_type 2 or 3, either order)
        if header[:4] == b'\x7fELF' and header[16:18] in (
                b'\x02\x00', b'\x03\x00', b'\x00\x02', b'\x00\x03'):
            linkage = 'ELF'
            if header[4:5] == b'\x01':
                bits = '32bit'
            elif header[4:5] == b'\x02':
                bits = '64bit'
    return bits, linkage


def _platform(*pieces):
    text = '-'.join(p.strip() for p in pieces if len(p))
    for ch in ' ':
        text = text.replace(ch, '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=0, terse=0):
    """One string naming the platform, e.g. 'Linux-6.1-x86_64-with-glibc2.36'."""
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        lib, libv = libc_ver()
        return _platform(system, release, machine, processor, 'with', lib + libv)
    if terse:
        return _platform(system, release)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version facts; the defaults elsewhere."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version facts; the defaults elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Java facts; the defaults outside Jython."""
    return release, vendor, vminfo, osinfo


_OS_RELEASE_LINE = re.compile(
    "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
_OS_RELEASE_ESCAPE = re.compile(r"\\([\\\$\"\'`])")
_OS_RELEASE_FILES = ("/etc/os-release", "/usr/lib/os-release")


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        m = _OS_RELEASE_LINE.match(line)
        if m is not None:
            info[m.group('name')] = _OS_RELEASE_ESCAPE.sub(r"\1", m.group('value'))
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    errno = None
    for name in _OS_RELEASE_FILES:
        try:
            with open(name, encoding="utf-8") as f:
                return _parse_os_release(f)
        except OSError as e:
            errno = e.errno
    raise OSError(errno, "Unable to read files %s" % ', '.join(_OS_RELEASE_FILES))


# ---------------------------------------------------------------------------
# Python

_VERSION_SHAPES = (
    ('PyPy', re.compile(r'([\w.+]+)\s*\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*'
                        r'\[PyPy [^\]]+\]?')),
)
_CPYTHON_SHAPE = re.compile(
    r'([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*'
    r'\[([^\]]+)\]?', re.ASCII)


def _sys_version(sys_version=None):
    """(name, version, branch, revision, buildno, builddate, compiler)
    read from sys.version."""
    if sys_version is None:
        sys_version = sys.version
    if "PyPy" in sys_version:
        m = _VERSION_SHAPES[0][1].match(sys_version)
        if m is None:
            raise ValueError("failed to parse PyPy sys.version: %s" % repr(sys_version))
        name = 'PyPy'
        ver, buildno, builddate, buildtime = m.groups()
        compiler = ""
    else:
        m = _CPYTHON_SHAPE.match(sys_version)
        if m is None:
            raise ValueError('failed to parse CPython sys.version: %s'
                             % repr(sys_version))
        name = 'CPython'
        ver, buildno, builddate, buildtime, compiler = m.groups()
        if builddate is None:
            builddate = ''
        elif buildtime:
            builddate = builddate + ' ' + buildtime
    branch = revision = ''
    if hasattr(sys, '_git'):
        _, branch, revision = sys._git
    pieces = ver.split('.')
    if len(pieces) == 2:
        ver = ver + '.0'
    return name, ver, branch, revision, buildno, builddate, compiler


def python_implementation():
    """'CPython', 'PyPy'... as read from sys.version (see the module doc)."""
    return _sys_version()[0]


def python_version():
    """'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    """(buildno, builddate)."""
    return _sys_version()[4:6]


def python_compiler():
    """What built the interpreter."""
    return _sys_version()[6]
