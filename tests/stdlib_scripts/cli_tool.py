# A small command-line tool built the usual way: argparse for options,
# logging for messages, pathlib/glob/shutil/tempfile for the files.
import argparse
import glob
import logging
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

os.environ = dict(os.environ, COLUMNS='80')  # private: programs share the process
sys.stderr = sys.stdout
log = logging.getLogger('tool')


def build_parser():
    p = argparse.ArgumentParser(prog='tool', description='Copy and summarise text files.')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more messages')
    sub = p.add_subparsers(dest='cmd', required=True)
    c = sub.add_parser('copy', help='copy matching files')
    c.add_argument('src', type=Path)
    c.add_argument('dst', type=Path)
    c.add_argument('--pattern', default='*.txt')
    c.add_argument('--dry-run', action='store_true')
    s = sub.add_parser('stats', help='count lines and words')
    s.add_argument('files', nargs='+', type=Path)
    s.add_argument('--top', type=int, default=3, choices=range(1, 10), metavar='N')
    return p


def copy(args):
    matches = sorted(glob.glob(args.pattern, root_dir=args.src))
    log.info('%d file(s) match %r', len(matches), args.pattern)
    for name in matches:
        target = args.dst / name
        if args.dry_run:
            log.warning('would copy %s', name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(args.src / name, target)
        log.debug('copied %s (%d bytes)', name, target.stat().st_size)
    return 0


def stats(args):
    words = {}
    for f in args.files:
        try:
            text = f.read_text()
        except FileNotFoundError:
            log.error('missing: %s', f.name)
            return 1
        print('%-10s %3d lines %3d words' % (f.name, len(text.splitlines()), len(text.split())))
        for w in text.split():
            words[w] = words.get(w, 0) + 1
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]
    print('top:', ', '.join('%s=%d' % kv for kv in top))
    return 0


def main(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(force=True, stream=sys.stdout, level=level,
                        format='%(levelname).1s %(name)s: %(message)s')
    return {'copy': copy, 'stats': stats}[args.cmd](args)


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / 'in' / 'sub').mkdir(parents=True)
    (root / 'in' / 'a.txt').write_text('the cat sat\non the mat\n')
    (root / 'in' / 'b.txt').write_text('the dog\n')
    (root / 'in' / 'c.md').write_text('# title\n')
    (root / 'in' / 'sub' / 'd.txt').write_text('deep the\n')
    commands = [
        '-vv copy {in} {out}',
        '-v copy {in} {out} --pattern "*/*.txt"',
        'copy {in} {out} -v',
        'copy {in} {out} --pattern *.md --dry-run',
        'stats {in}/a.txt {in}/b.txt --top 2',
        'stats {in}/a.txt {in}/nope.txt',
        'stats --top 12 {in}/a.txt',
        'copy',
        '--help',
        'stats -h',
    ]
    for line in commands:
        argv = shlex.split(line.format(**{'in': str(root / 'in'), 'out': str(root / 'out')}))
        print('$ tool', line)
        print('=>', main(argv))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob('*') if p.is_file()))
print(os.path.exists(tmp))
