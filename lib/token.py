"""Token numbers of the Python grammar (kaa's token module).

The numbers and names are those of CPython 3.11; they come from the Go
tokenizer's table (module _tokenize), as kaa's parser numbers its tokens
the same way.
"""

import _tokenize

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

for _number, _name in enumerate(_tokenize.token_names):
    globals()[_name] = _number
    __all__.append(_name)
N_TOKENS = len(_tokenize.token_names)
NT_OFFSET = 256
__all__ += ['N_TOKENS', 'NT_OFFSET']
del _number, _name

tok_name = {_value: _key for _key, _value in globals().items()
            if isinstance(_value, int) and not _key.startswith('_')}

EXACT_TOKEN_TYPES = dict(sorted(_tokenize.exact_token_types.items()))
del _tokenize


def ISTERMINAL(x):
    """Whether token number x is a terminal (a token, not a rule)."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether token number x is a grammar rule's."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether x is ENDMARKER."""
    return x == ENDMARKER
