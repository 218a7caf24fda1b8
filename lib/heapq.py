"""Heap queue (priority queue) functions for kaa.

A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2]; a[0] is
the smallest item. The functions keep the same list layout CPython's
heapq produces, so programs that print a heap see the same order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname, single=False):
    if not isinstance(heap, list):
        which = 'argument' if single else 'argument 1'
        raise TypeError('%s() %s must be list, not %s'
                        % (fname, which, type(heap).__name__))


def _bubble_up(heap, top, pos):
    """Move heap[pos] up towards top while its parent is larger."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    """Sift heap[pos] down: move the smaller child up until a leaf is
    reached, then bubble the item back up into place."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


# The names CPython's pure-Python heapq uses for these helpers; some
# programs call them.
_siftdown = _bubble_up
_siftup = _sink
_siftdown_max = _bubble_up_max
_siftup_max = _sink_max


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap."""
    _check(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap must
    not be empty)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the
    two calls)."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    _check(heap, 'heapify', True)
    for i in reversed(range(len(heap) // 2)):
        _sink(heap, i)


def _heapify_max(heap, /):
    _check(heap, '_heapify_max', True)
    for i in reversed(range(len(heap) // 2)):
        _sink_max(heap, i)


def _heappop_max(heap, /):
    _check(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    _check(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (stable: equal
    items come out in the order of the iterables)."""
    # Entries are [key, tiebreak, value, iterator]; tiebreak is unique, so
    # comparisons never reach the values. A max-heap with negated
    # positions serves reverse=True.
    sign = -1 if reverse else 1
    heap = []
    for pos, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), pos * sign,
                         value, it])
            break
    if reverse:
        _heapify_max(heap)
        replace = _heapreplace_max
        pop = _heappop_max
    else:
        heapify(heap)
        replace = heapreplace
        pop = heappop
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            replace(heap, [value if key is None else key(value), entry[1],
                           value, entry[3]])
            break
        else:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; equal to
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; equal to
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    """Keep the n best items in a bounded heap of (key, order, item)
    entries; order breaks ties in favour of earlier items."""
    heap = []
    worst_first = _sink_max if not largest else _sink
    for order, item in enumerate(iterable):
        k = item if key is None else key(item)
        entry = (k, order if not largest else -order, item)
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                if largest:
                    heapify_entries = heapify
                else:
                    heapify_entries = _heapify_max
                heapify_entries(heap)
            continue
        top = heap[0]
        if (k < top[0]) if not largest else (top[0] < k):
            heap[0] = entry
            worst_first(heap, 0)
    heap.sort(reverse=largest)
    return [e[2] for e in heap]
