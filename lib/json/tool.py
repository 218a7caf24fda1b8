"""Command-line JSON validation and pretty-printing (kaa -m json.tool).

    kaa -m json.tool [options] [infile [outfile]]

Options: --sort-keys, --no-ensure-ascii, --json-lines, --indent N,
--tab, --no-indent, --compact. Unknown options are an error.
"""

import json
import sys

_USAGE = ('usage: json.tool [-h] [--sort-keys] [--no-ensure-ascii] '
          '[--json-lines]\n                 [--indent INDENT | --tab | '
          '--no-indent | --compact]\n                 [infile] [outfile]\n')


def _fail(msg):
    sys.stderr.write(_USAGE)
    sys.stderr.write('json.tool: error: %s\n' % msg)
    raise SystemExit(2)


def _parse(argv):
    opts = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False,
            'indent': 4, 'separators': None}
    files = []
    layout = None
    i = 0
    while i < len(argv):
        a = argv[i]
        i += 1
        if a in ('-h', '--help'):
            sys.stdout.write(_USAGE)
            raise SystemExit(0)
        if a == '--sort-keys':
            opts['sort_keys'] = True
        elif a == '--no-ensure-ascii':
            opts['ensure_ascii'] = False
        elif a == '--json-lines':
            opts['json_lines'] = True
        elif a in ('--indent', '--tab', '--no-indent', '--compact') or a.startswith('--indent='):
            name = a.split('=')[0]
            if layout is not None and layout != name:
                _fail('argument %s: not allowed with argument %s' % (name, layout))
            layout = name
            if name == '--indent':
                if '=' in a:
                    value = a.split('=', 1)[1]
                elif i < len(argv):
                    value = argv[i]
                    i += 1
                else:
                    _fail('argument --indent: expected one argument')
                try:
                    opts['indent'] = int(value)
                except ValueError:
                    _fail("argument --indent: invalid int value: '%s'" % value)
            elif name == '--tab':
                opts['indent'] = '\t'
            elif name == '--no-indent':
                opts['indent'] = None
            else:
                opts['indent'] = None
                opts['separators'] = (',', ':')
        elif a.startswith('-') and a != '-':
            files.append(None)
            _fail('unrecognized arguments: %s' % a)
        else:
            files.append(a)
    if len(files) > 2:
        _fail('unrecognized arguments: %s' % ' '.join(files[2:]))
    return opts, files


def main():
    """Read JSON from infile (stdin) and write it pretty-printed."""
    opts, files = _parse(sys.argv[1:])
    json_lines = opts.pop('json_lines')
    infile = files[0] if files and files[0] != '-' else None
    outfile = files[1] if len(files) > 1 and files[1] != '-' else None
    try:
        if infile is None:
            text = sys.stdin.read()
        else:
            with open(infile, encoding='utf-8') as f:
                text = f.read()
    except OSError as e:
        _fail("argument infile: can't open '%s': %s" % (infile, e))
    try:
        if json_lines:
            objs = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            objs = [json.loads(text)]
        out = sys.stdout if outfile is None else open(outfile, 'w', encoding='utf-8')
        try:
            for obj in objs:
                json.dump(obj, out, **opts)
                out.write('\n')
        finally:
            if outfile is not None:
                out.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
