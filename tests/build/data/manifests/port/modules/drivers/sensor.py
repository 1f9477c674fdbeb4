class Sensor:
    pass
