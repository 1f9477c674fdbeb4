class RingBuffer:
    """A fixed-size FIFO of ints."""

    def __init__(self, size):
        self._data = bytearray(size)
        self._head = self._tail = self._count = 0

    def put(self, value):
        if self._count == len(self._data):
            raise OverflowError("ring buffer full")
        self._data[self._tail] = value
        self._tail = (self._tail + 1) % len(self._data)
        self._count += 1

    def get(self):
        if not self._count:
            raise IndexError("ring buffer empty")
        value = self._data[self._head]
        self._head = (self._head + 1) % len(self._data)
        self._count -= 1
        return value

    def __len__(self):
        return self._count


if __name__ == "__main__":
    pass
