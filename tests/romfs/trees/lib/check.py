import ringbuf, fmt

r = ringbuf.RingBuffer(4)
for v in (1, 2, 3):
    r.put(v)
print("ring:", r.get(), len(r))
print(fmt.human(5000000), "|", fmt.human(12))
print(fmt.table([("a", 1), ("long", 2)]))
