"""A binary min-heap over a list, ordered by the items' < operator.

The event loop keeps its timers in one. The push, pop and heapify steps
follow the same rules as the standard heapq module, so that timers due at
the same moment run in the same order as under CPython.
"""


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Move the smaller child up until a leaf is reached, then put the item
    # there and bubble it back toward the root.
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
    _sift_toward_root(heap, start, pos)


def push(heap, item):
    """Add item to the heap."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def pop(heap):
    """Remove and return the smallest item."""
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return first
    return last


def heapify(heap):
    """Rearrange a list into a heap, in place."""
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i)
