# Native, viper and inline-assembler functions (-march=armv7m).
import micropython

@micropython.native
def nat(a):
    def inner(b):
        return a + b
    return inner

@micropython.viper
def vip(x: int) -> int:
    return x << 2

@micropython.asm_thumb
def asm(r0, r1):
    add(r0, r0, r1)

def gen():
    yield nat(1)(2)
