"""Make the stretch player's cue sounds in resources/sounds/ (soft sine chimes, mono 16-bit)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"
RATE = 22050


def tone(freq: float, seconds: float, volume: float = 0.35) -> list[float]:
    """A sine note with a soft attack and a long, bell-like decay."""
    count = int(RATE * seconds)
    attack = int(RATE * 0.01)
    out = []
    for i in range(count):
        envelope = min(1.0, i / attack) * math.exp(-4.0 * i / count)
        # A quiet octave overtone makes it a chime rather than a beep.
        phase = 2 * math.pi * freq * i / RATE
        value = math.sin(phase) + 0.25 * math.sin(2 * phase)
        out.append(volume * envelope * value / 1.25)
    return out


def silence(seconds: float) -> list[float]:
    """Quiet."""
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    """Write 16-bit mono PCM."""
    with wave.open(str(OUT / name), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(
            b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
        )


def main() -> None:
    """Write the three cues."""
    OUT.mkdir(parents=True, exist_ok=True)
    write("step_start.wav", tone(660, 0.18) + tone(880, 0.45))
    write("tick.wav", tone(988, 0.12, volume=0.25))
    write("session_end.wav", tone(523, 0.3) + tone(659, 0.3) + tone(784, 0.9) + silence(0.1))


if __name__ == "__main__":
    main()
