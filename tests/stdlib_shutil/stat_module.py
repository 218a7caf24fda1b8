# the stat module: mode tests, filemode and the constants
import os
import stat
import tempfile

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755,
         0o041777, 0o100000, 0o101644, 0o042644, 0o0, 0o170000, 0o107777]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [name for name in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK',
                             'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(stat, name)(m)])
names = ['S_IFDIR', 'S_IFREG', 'S_IFLNK', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO', 'S_IFSOCK', 'S_ISUID', 'S_ISGID',
         'S_ISVTX', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP',
         'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'S_ENFMT', 'S_IREAD', 'S_IWRITE', 'S_IEXEC',
         'ST_MODE', 'ST_INO', 'ST_DEV', 'ST_NLINK', 'ST_UID', 'ST_GID', 'ST_SIZE', 'ST_ATIME', 'ST_MTIME',
         'ST_CTIME', 'UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE', 'UF_NOUNLINK', 'UF_COMPRESSED',
         'UF_HIDDEN', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_APPEND', 'SF_NOUNLINK', 'SF_SNAPSHOT',
         'S_IFDOOR', 'S_IFPORT', 'S_IFWHT']
print([(n, getattr(stat, n)) for n in names])
d = tempfile.mkdtemp()
f = os.path.join(d, 'f')
open(f, 'w').close()
os.chmod(f, 0o640)
st = os.stat(f)
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), stat.S_ISDIR(os.stat(d)[stat.ST_MODE]))
os.remove(f)
os.rmdir(d)
