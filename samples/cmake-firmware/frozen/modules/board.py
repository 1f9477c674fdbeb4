# Pin assignments of the sample board.
LED_PIN = 25
BUTTON_PIN = 14


def describe():
    return "LED on pin %d, button on pin %d" % (LED_PIN, BUTTON_PIN)
