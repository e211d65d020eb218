# figure.py - the figure's silhouette, as shapely shapes in half-coordinates
# SPDX-License-Identifier: GPL-3.0-or-later
"""The standing figure, front and back, before it is rounded and written.

(u, y): u is the distance from the midline, y runs down the page. The figure
is 444 units tall (y 8 to 452), about 7.5 heads of 59 units: chin at 67,
shoulders at about 88, elbows at 172, wrists at 232, crotch at about 246,
knees at 328, ankles at 428. The arms hang a little away from the body and
the feet stand slightly apart."""

import math

from shapely.affinity import rotate, translate
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geom import catmull_rom, ellipse, limb, mirror_u, smooth_ring, smooth_shape


def sym_closed(half_points, step=1.0):
    """A closed shape symmetric about u = 0 from the points of its right half
    (from the top on the midline down to the bottom on the midline)."""
    pts = list(half_points)
    full = pts + [(-u, y) for (u, y) in reversed(pts[1:-1])]
    return Polygon(catmull_rom(full, closed=True, step=step))


HEAD = [(0, 8), (9.5, 9.3), (16.8, 13.2), (21.4, 20), (23.2, 28.5), (23.3, 37),
        (22.6, 45), (21.5, 52), (19.7, 57.6), (16.2, 62.2), (10.8, 65.8), (5, 67.4), (0, 67.8)]

NECK = [(0, 48), (13.5, 50), (14.6, 60), (14.7, 70), (15.6, 77), (17, 82), (0, 88)]

# the torso without the arms, down to the top of the thighs
TORSO = [(0, 76), (14.8, 71), (16.4, 75.6), (20.2, 79.4), (26.5, 82.5), (33.5, 85.0),
         (40.0, 87.6), (45.0, 89.8), (49.0, 92.4), (48, 99), (40.6, 107), (39.2, 118), (38.7, 130),
         (38.4, 142), (38.1, 156), (38.0, 168), (38.4, 180), (39.8, 192), (42.6, 204),
         (45.4, 216), (46.6, 227), (46.0, 238), (30, 246), (8, 246), (0, 245)]

_UPPER_ARM = [(47.6, 102.5, 12.3), (51.2, 112, 12.3), (54.8, 130, 11.8),
             (57.6, 150, 11.5), (60.2, 171, 11.4)]
_FOREARM = [(60.2, 171, 11.4), (62.5, 187, 11.7), (64.6, 204, 10.6),
           (66.0, 220, 9.0), (66.8, 231, 8.3)]

_LEG = [(25.0, 238, 21.6), (23.5, 258, 19.8), (22.6, 280, 18), (21.8, 300, 16.2),
       (21.0, 315, 14.8), (20.8, 328, 14.2), (20.6, 340, 14.0), (20.2, 356, 14.8),
       (19.9, 374, 13.9), (19.5, 392, 11.8), (19.3, 408, 10.2)]


# The arms hang a little away from the body and the feet stand a little
# apart: the limbs above are drawn straighter and turned out by these angles
# about the shoulder and the hip.
ARM_PIVOT, ARM_TILT = (47.6, 102.5), 2.4
LEG_PIVOT, LEG_TILT = (25.0, 238.0), 1.2


def _turn(u, y, pivot, degrees):
    a = math.radians(degrees)
    du, dy = u - pivot[0], y - pivot[1]
    return (pivot[0] + du * math.cos(a) + dy * math.sin(a),
            pivot[1] - du * math.sin(a) + dy * math.cos(a))


def arm_point(u, y):
    return _turn(u, y, ARM_PIVOT, ARM_TILT)


def leg_point(u, y):
    return _turn(u, y, LEG_PIVOT, LEG_TILT)


def on_arm(geom):
    return rotate(geom, -ARM_TILT, origin=ARM_PIVOT)


def on_leg(geom):
    return rotate(geom, -LEG_TILT, origin=LEG_PIVOT)


UPPER_ARM = [arm_point(u, y) + (r,) for u, y, r in _UPPER_ARM]
FOREARM = [arm_point(u, y) + (r,) for u, y, r in _FOREARM]
LEG = [leg_point(u, y) + (r,) for u, y, r in _LEG]


def hand():
    """A hand hanging beside the thigh, palm forward: a palm, the fingers
    held together, and a soft thumb lobe on the outer side."""
    return translate(Polygon(catmull_rom([
        (57.0, 232), (55.0, 241), (54.4, 252), (55.4, 264), (57.6, 274), (60.8, 280.8),
        (65.2, 283.2), (69.6, 281.2), (72.2, 275), (73.4, 266.5), (74.8, 262.6),
        (77.2, 264.2), (79.8, 263.0), (80.8, 258.5), (80.0, 251.5), (77.8, 244.5),
        (74.8, 238.4), (72.2, 233.6)], closed=True, step=1.0)), xoff=2.2)


def foot_front():
    """The foot seen from the front: the ankle, with the inner ankle bone a
    little higher than the outer, widening to the toes on the floor."""
    return Polygon(catmull_rom([(10.0, 404), (10.6, 414), (10.4, 421), (9.2, 426), (8.4, 432),
                                (6.6, 439), (5.4, 445), (5.8, 450), (9.5, 452.4), (20, 452.6),
                                (31, 452.4), (34.4, 450.4), (34.6, 446.5), (32.2, 440),
                                (29.6, 433), (28.9, 428), (28.2, 421), (28.4, 412), (28.8, 404)],
                               closed=True, step=1.0))


def foot_back():
    """The foot from behind: the Achilles tendon narrowing to the ankle, the
    rounded heel, and the forefoot just showing beyond it."""
    return Polygon(catmull_rom([(10.0, 404), (10.6, 414), (11.6, 422), (11.2, 430), (9.8, 437),
                                (8.8, 443), (7.0, 448.5), (8.4, 451.8), (19.4, 452.6),
                                (30.6, 451.8), (32.0, 448.5), (30.4, 443), (29.2, 437),
                                (27.8, 430), (27.2, 422), (28.2, 414), (28.8, 404)],
                               closed=True, step=1.0))

def half_parts(view):
    """The limbs of one half (u >= 0) and the shapes on the midline."""
    mid = [sym_closed(HEAD), sym_closed(NECK), sym_closed(TORSO)]
    arm = unary_union([limb(UPPER_ARM), limb(FOREARM), on_arm(hand())])
    leg = unary_union([limb(LEG), on_leg(foot_front() if view == 'front' else foot_back())])
    return mid, [arm, leg]


EAR = (22.0, 44.0, 4.6, 7.6, -6)


def silhouette(view):
    """The whole figure, in (u, y) with u from -100 to 100, rounded."""
    mid, half = half_parts(view)
    side = unary_union(half)
    body = unary_union(mid + [side, mirror_u(side)])
    body = smooth_shape(body, close=3.4, open_=1.2)
    # the ears go on after the big rounding, which would melt them
    ear = ellipse(*EAR)
    body = smooth_shape(unary_union([body, ear, mirror_u(ear)]), close=1.0, open_=0)
    assert body.geom_type == 'Polygon' and not body.interiors
    return Polygon(smooth_ring(body.exterior.coords, sigma=_sigma))


def _sigma(p):
    """Smooth the body broadly, the ears and the face only lightly."""
    t = min(max((p[1] - 54.0) / 12.0, 0.0), 1.0)
    return 0.9 + 1.5 * t
