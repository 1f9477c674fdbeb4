# Drivers for the sample board's peripherals.
