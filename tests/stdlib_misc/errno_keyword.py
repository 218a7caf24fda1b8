# errno and keyword.
import errno
import keyword

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100, list(errno.errorcode.items())[:3])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10])
try:
    open("/definitely/not/here")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ["if", "match", "case", "_", "print", "None", "async", "await", "type"] if keyword.iskeyword(w)],
      [w for w in ["if", "match", "case", "_", "print"] if keyword.issoftkeyword(w)])
print(len(keyword.kwlist), keyword.__all__)
