"""The finders and loaders of kaa's import system, and the file suffixes
they recognise."""

from _frozen_importlib import ModuleSpec, BuiltinImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
    BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, PathFinder, FileLoader,
    SourceFileLoader, SourcelessFileLoader, NamespaceLoader, LibraryLoader)


def all_suffixes():
    """Return the suffixes of every kind of module file import recognises."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
