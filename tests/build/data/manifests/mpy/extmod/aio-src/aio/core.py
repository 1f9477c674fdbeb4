def run(coro):
    return coro
