# Native, viper and bytecode functions in one module (-march=x64).
import micropython

@micropython.native
def nat(a, b=2):
    return [a + b for _ in range(3)]

@micropython.viper
def vip(x: int) -> int:
    return x * 2 + 1

def byte(x):
    return nat(x) + [vip(x)]
