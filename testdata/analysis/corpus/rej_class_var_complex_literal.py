class Signal:
    carrier = 2.4e9
    phase = 0.5j

Signal.carrier
