"""Text wrapping and filling for kaa: wrap, fill, shorten, dedent,
indent and TextWrapper, breaking lines where CPython's textwrap does."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '

_WS = '[' + re.escape(_whitespace) + ']'
_NON_WS = '[^' + re.escape(_whitespace) + ']'
_WORD_PUNCT = r'[\w!"\'&.,?]'
_LETTER = r'[^\d\W]'

# A chunk is a run of whitespace, an em-dash ("--") between words, or a
# word. Words end at whitespace, at the end, before an em-dash, or after
# a hyphen that has two letters before it (or letter-hyphen-letter) and
# a letter (optionally hyphen and letter) after it, so that "goof-ball"
# splits as "goof-" + "ball" but "-b" and "a-" stay whole.
_CHUNK = (
    '(' + _WS + '+'
    + '|(?<=' + _WORD_PUNCT + r')-{2,}(?=\w)'
    + '|' + _NON_WS + '+?(?:'
    + '-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))'
    + '(?=' + _LETTER + '-?' + _LETTER + ')'
    + '|(?=' + _WS + r'|\Z)'
    + '|(?<=' + _WORD_PUNCT + r')(?=-{2,}\w)'
    + '))'
)


class TextWrapper:
    """Wraps paragraphs to a width.

    Options (attributes and keyword arguments): width, initial_indent,
    subsequent_indent, expand_tabs, tabsize, replace_whitespace,
    fix_sentence_endings, break_long_words, break_on_hyphens,
    drop_whitespace, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = re.compile(_CHUNK)
    wordsep_simple_re = re.compile('(' + _WS + '+)')
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into word and whitespace chunks."""
        pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence-ending punctuation."""
        i = 0
        ends = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a word longer than the line as fits (breaking
        after a hyphen when allowed), or the whole word on an empty line
        when long words must not be broken."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines with chunks; return the lines."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            line = []
            size = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = (not chunks or (self.drop_whitespace and len(chunks) == 1
                                            and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and size <= width)):
                lines.append(prefix + ''.join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                size -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(prefix + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Return text wrapped as a list of lines (no newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped and joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with a
    placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line;
    lines of only spaces and tabs become empty."""
    text = _blank_line_re.sub('', text)
    margin = None
    for ind in _indent_re.findall(text):
        if margin is None or ind.startswith(margin):
            margin = ind if margin is None else margin
        elif margin.startswith(ind):
            margin = ind
        else:
            n = 0
            while n < len(margin) and n < len(ind) and margin[n] == ind[n]:
                n += 1
            margin = margin[:n]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate(line) is true (by
    default, the lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
