"""The order of honour of seats (docs/PROTOCOL.md section 4), mirrored by the senior side.

Linear rows: the centre first, then the seats to the senior hand and to the other hand alternately, each
side from the centre outwards. Round tables: the host's seat, the co-host's opposite, then alternately at
the senior hand of each and at the other hand of each, outwards.
"""

from __future__ import annotations


def hand(senior_side: str) -> int:
    """+1 when the right hand is the senior one, -1 when the left is."""
    return -1 if senior_side == "left" else 1


def row_offsets(count: int, senior_side: str) -> list[int]:
    """Offsets of ``count`` seats of a row in order of honour: 0, +1, -1, +2, -2, ... (mirrored for left)."""
    s = hand(senior_side)
    result = [0]
    step = 1
    while len(result) < count:
        result.append(s * step)
        if len(result) < count:
            result.append(-s * step)
        step += 1
    return result[:count]


def row_order(offsets: list[int], senior_side: str) -> list[int]:
    """The given offsets of a row in order of honour: nearer the centre before farther, the senior hand
    before the other at equal distance (docs/PROTOCOL.md section 4). Taken seats are left out of
    ``offsets``: with an interpreter's chair at the head's right (+1), number 2 sits at the head's left
    (-1), number 3 beyond the interpreter (+2), number 4 at -2."""
    s = hand(senior_side)
    return sorted(offsets, key=lambda o: (abs(o), o * s < 0))


def ring_offsets(size: int, senior_side: str) -> list[int]:
    """Offsets 0..size-1 of a round table in order of honour: host 0, co-host opposite, then their senior
    hands, then their other hands, outwards."""
    s = hand(senior_side)
    half = size // 2
    result: list[int] = []
    for off in [0, half] + [v for k in range(1, size) for v in (s * k, half + s * k, -s * k, half - s * k)]:
        off %= size
        if off not in result:
            result.append(off)
        if len(result) == size:
            break
    return result
