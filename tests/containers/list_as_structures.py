# lists used as stacks, queues and matrices; aliasing with += and *=;
# del statements; nested comprehension results

stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue.pop(0), queue)

grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(grid, shared, shared[0] is shared[2])

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = b
b *= 2
print(b, c is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)

d = list(range(10))
del d[0]
del d[-1]
del d[2:4]
del d[::2]
print(d)
e = [1, 2, 3]
del e[:]
print(e)
f = [[1, 2], [3, 4]]
del f[0][1]
print(f)
m = [[i * j for j in range(4)] for i in range(3)]
print(m, [row[::-1] for row in m], list(zip(*m)), [sum(col) for col in zip(*m)])
flat = [x for row in m for x in row if x]
print(flat, sorted(set(flat)), flat.count(2), flat.index(6))
x, *y, z = [1, 2, 3, 4, 5]
print(x, y, z)
first, second = [[1, 2]] * 2
print(first is second)
nums = [3, 1, 2]
nums[:] = sorted(nums)
print(nums)
nums[len(nums):] = [9, 10]
print(nums)
nums[:0] = [-1]
print(nums)
rot = nums[2:] + nums[:2]
print(rot)
words = 'the quick brown fox'.split()
words.sort(key=len, reverse=True)
print(words, max(words, key=len), min(words))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
