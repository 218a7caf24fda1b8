"""asyncio.to_thread: not available in kaa, which has no threads."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Unsupported: kaa has no threads to run func in."""
    raise NotImplementedError(
        'asyncio.to_thread: kaa has no threads; call the function directly '
        'or run it in a subprocess')
