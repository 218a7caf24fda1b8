# textwrap: wrap/fill with every option, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, use the -b option! "
        "Supercalifragilisticexpialidocious words are long;\tso are URLs like "
        "http://example.com/a/very/long/path/that-keeps-going. Mr. Smith went home. It was late.")
for width in (10, 15, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, break_long_words=False))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc  d", 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc  d", 8, tabsize=4))
print(textwrap.fill("One. Two three. Four? Five! six.", 80, fix_sentence_endings=True))
for n in (1, 2, 3):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40), "|", textwrap.shorten(text, 40, placeholder="~"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("word", 1), textwrap.wrap("a-b-c-d-eeeee-ffff", 4))
print(textwrap.wrap("pre-processing non-trivial well--known x--y", 12))
print(textwrap.wrap("aaaaaaaaaa-bbbbbbbbbb-cccccccccc", 15))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("abc def", 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.dedent("""\
    def f():
        return 1
      \t
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n      z")), repr(textwrap.dedent("\t a\n\t b")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "+", lambda line: True)))
w = textwrap.TextWrapper(width=20, initial_indent="-> ")
print(w.wrap("some words to wrap into a narrow column"), w.width, w.placeholder)
w.width = 12
print(w.fill("some words to wrap into a narrow column"))
print(textwrap.wrap("ünïcödé wörds änd mörë wörds", 10))
