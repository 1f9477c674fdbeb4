# Blinks a LED a few times.
import time

_ON = const(1)
_OFF = const(0)


def run(period_ms, times=3):
    from drivers.led import Led

    led = Led()
    for _ in range(times):
        led.value(_ON)
        time.sleep_ms(period_ms // 2)
        led.value(_OFF)
        time.sleep_ms(period_ms // 2)
