# layout.py - where the regions' borders run, and one seed point per region
# SPDX-License-Identifier: GPL-3.0-or-later
"""The borders between regions, for one half of the figure in (u, y).

Each border is a smooth line through a few points, following the anatomy:
the jaw, the base of the neck, the collarbone, the front edge of the
deltoid, the line under the ribs (costal margin), the iliac crest, the
inguinal fold, the scapular spine, the gluteal fold, the knee and the ankle.
A border starts and ends just beyond the outline or the border it meets;
the bits beyond are dropped. The faces they cut are named by the seed
points: each region's seed lies inside it."""

import math

from figure import FOREARM, UPPER_ARM, arm_point


def _arm_centre(y):
    chain = UPPER_ARM + FOREARM[1:]
    for a, b in zip(chain, chain[1:]):
        if a[1] <= y <= b[1]:
            t = (y - a[1]) / (b[1] - a[1])
            return (a[0] + (b[0] - a[0]) * t, a[2] + (b[2] - a[2]) * t,
                    (b[0] - a[0], b[1] - a[1]))
    raise ValueError(y)


def arm_cut(y, inner=2.6, outer=4.0):
    """A line straight across the arm at height @y, square to its axis,
    from just inside the gap beside the body to just beyond the arm."""
    u, r, (du, dy) = _arm_centre(y)
    n = math.hypot(du, dy)
    # the normal, pointing to the outside of the arm
    nu, ny = dy / n, -du / n
    return [(u - nu * (r + inner), y - ny * (r + inner)), (u, y),
            (u + nu * (r + outer), y + ny * (r + outer))]


def _on_arm(pts):
    return [arm_point(u, y) for u, y in pts]


def front():
    cuts = {
        # under the chin, along the jaw, across the top of the neck
        'jawline': [(20.5, 62.0), (15.4, 63.4), (11.0, 65.4), (5.4, 67.0), (0, 67.4)],
        # the cheeks and the jaw, with the ear, below the eyes: the lower
        # face is split down the middle
        'cheek': [(0, 38.6), (7, 38.4), (13, 37.6), (19, 36.2), (24.5, 34.2), (30, 32.6)],
        # the base of the neck, down to the notch at the top of the breastbone
        'neck-base': [(20.5, 71.0), (16.6, 77.0), (13.6, 83.0), (9.0, 88.2), (0, 90.6)],
        # the collarbone
        'collarbone': [(11.4, 85.8), (17, 86.0), (24, 87.4), (31, 89.4), (36.4, 92.0),
                       (39.4, 95.2)],
        # the front edge of the deltoid, then the inner edge of the arm down to
        # the armpit
        'armpit': _on_arm([(37.4, 91.0), (39.0, 98.0), (40.0, 106), (40.7, 116), (41.2, 126),
                   (41.6, 135), (41.9, 144), (42.0, 152)]),
        # the lower edge of the deltoid
        'deltoid': _on_arm([(40.2, 121.0), (46, 122.4), (52, 124.4), (58, 126.8), (64, 128.8),
                            (70, 130.6)]),
        'elbow-top': arm_cut(159),
        'elbow-bottom': arm_cut(184),
        'wrist': arm_cut(225.5),
        # the line under the ribs (costal margin), from the tip of the breastbone
        'costal': [(0, 145.5), (6, 149.2), (12.5, 154.6), (19, 160.0), (25.5, 164.6),
                   (31.5, 167.6), (37, 169.2), (43, 170.4)],
        # the outer edge of the straight belly muscle
        'belly-side': [(19.8, 158.0), (19.7, 168), (19.5, 176), (18.6, 184), (18.1, 192),
                       (17.9, 202.0)],
        # the level of the navel
        'navel': [(0, 184.2), (9, 184.3), (19.0, 184.4)],
        # the iliac crest, to the bony point at the front of the pelvis (ASIS)
        'crest': [(17.0, 200.4), (22, 202.6), (27, 205.0), (30.6, 206.8), (34.6, 204.4),
                  (39, 201.4), (45, 199.4)],
        # the inguinal fold, from the ASIS down to the crotch
        'inguinal': [(30.6, 206.8), (27.6, 212.6), (23.8, 219.4), (19.4, 225.8),
                     (14.6, 231.6), (9.8, 236.6), (5.2, 240.4), (1.8, 242.6), (0, 243.4)],
        # the groin and the outer hip
        'outer-hip': [(30.6, 206.8), (28.8, 214), (27.2, 222), (26.7, 230), (26.8, 238),
                      (27.6, 246), (28.6, 254), (29.4, 261.0)],
        # the top of the thigh
        'thigh-top': [(0.8, 258.6), (8, 259.0), (16, 259.3), (24, 259.4), (30, 259.6),
                      (36, 260.2), (42, 261.2), (48, 262.4)],
        # the inner thigh
        'inner-thigh': [(24.6, 258.2), (24.8, 268), (24.4, 278), (22.4, 285), (18, 290),
                        (12, 293.4), (6, 295.4), (0.8, 296.2)],
        'knee-top': [(0.8, 313.6), (10, 313.0), (20, 312.6), (30, 313.0), (40, 313.8)],
        'knee-bottom': [(0.8, 344.4), (10, 344.0), (20, 343.8), (30, 344.0), (40, 344.6)],
        'ankle': [(2, 410.5), (12, 410.2), (20, 410.0), (28, 410.2), (38, 410.6)],
    }
    seeds = {
        'front-head': [(3, 25)],
        'front-jaw-*': [(12, 52)],
        'front-neck': [(4, 74)],
        'front-shoulder-*': [(48, 100), (24, 84)],
        'front-chest-*': [(20, 120)],
        'front-upper-arm-*': _on_arm([(55, 140)]),
        'front-elbow-*': _on_arm([(59, 171)]),
        'front-forearm-*': _on_arm([(63, 205)]),
        'front-hand-*': _on_arm([(68, 250)]),
        'front-upper-belly-*': [(9, 170)],
        'front-lower-belly-*': [(9, 205)],
        'front-side-*': [(28, 185)],
        'front-groin-*': [(15, 248)],
        'front-outer-hip-*': [(38, 228)],
        'front-thigh-*': [(20, 305), (33, 275)],
        'front-inner-thigh-*': [(12, 275)],
        'front-knee-*': [(21, 328)],
        'front-shin-*': [(20, 375)],
        'front-foot-*': [(20, 435)],
    }
    return cuts, seeds


def back():
    cuts = {
        # the base of the skull
        'skull-base': [(22, 57.4), (16.0, 58.0), (10, 59.4), (4, 60.2), (0, 60.4)],
        'neck-base': [(20.5, 71.0), (16.0, 75.6), (12.6, 80.4), (7.8, 85.2), (0, 88.4)],
        # the spine of the shoulder blade, rising to the top of the shoulder
        'scapular-spine': [(0, 108.4), (8, 108.2), (15, 107.2), (22, 105.6), (28, 104.5),
                           (32.6, 104.0), (36.2, 102.2), (38.8, 98.6)],
        # the inner edge of the back of the deltoid, then down the arm to the
        # armpit
        'deltoid-back': _on_arm([(44.5, 84.0), (41.4, 91.0), (38.8, 98.0), (37.8, 106), (37.9, 114),
                         (38.7, 121), (39.8, 128), (40.8, 135), (41.6, 142), (41.9, 152)]),
        'deltoid': _on_arm([(37.2, 125.6), (44, 126.4), (52, 127.8), (60, 129.6), (70, 132)]),
        'elbow-top': arm_cut(159),
        'elbow-bottom': arm_cut(184),
        'wrist': arm_cut(225.5),
        # the lower corner of the shoulder blade
        'scapula-bottom': [(0, 150.6), (10, 151.2), (20, 152.6), (28, 152.2), (35, 150.4),
                           (42.2, 148.6)],
        # the lowest ribs
        'ribs': [(0, 176.6), (12, 176.3), (24, 175.6), (34, 174.6), (43, 174)],
        # the iliac crest
        'crest': [(0, 203.8), (8, 203.4), (14.5, 202.4), (21, 200.2), (27, 198.2),
                  (31.5, 197.4), (36, 197.4), (40.5, 198.2), (46, 199.4)],
        # the sacrum, down to the tailbone
        'sacrum': [(14.2, 201.4), (14.8, 210), (14.4, 218), (12.6, 226), (9.6, 233.4),
                   (5.6, 239.6), (2.2, 243.8), (0, 245.4)],
        # the outer hip, behind
        'outer-hip': [(31.5, 197.4), (27.6, 205), (25.4, 214), (24.8, 224), (25.6, 233),
                      (28.8, 242), (34.5, 249), (41, 253.4), (48, 255.8)],
        # the crease under the buttock
        'gluteal-fold': [(0.8, 259.6), (6, 262.0), (12, 263.8), (19, 264.2), (26, 262.8),
                         (32, 259.6), (36, 256.0), (39.0, 250.6)],
        'knee-top': [(0.8, 312.6), (10, 312.2), (20, 312.0), (30, 312.2), (40, 312.8)],
        'knee-bottom': [(0.8, 343.2), (10, 343.0), (20, 342.8), (30, 343.0), (40, 343.4)],
        'heel-top': [(2, 388.4), (12, 388.0), (20, 387.8), (28, 388.0), (38, 388.4)],
    }
    seeds = {
        'back-head': [(5, 30)],
        'back-neck': [(4, 70)],
        'back-sacrum': [(5, 215)],
        'back-shoulder-top-*': [(26, 92)],
        'back-shoulder-*': [(50, 105)],
        'back-shoulder-blade-*': [(20, 128)],
        'back-mid-back-*': [(18, 163)],
        'back-low-back-*': [(18, 190)],
        'back-buttock-*': [(18, 240)],
        'back-outer-hip-*': [(37, 225)],
        'back-upper-arm-*': _on_arm([(55, 142)]),
        'back-elbow-*': _on_arm([(59, 171)]),
        'back-forearm-*': _on_arm([(63, 205)]),
        'back-hand-*': _on_arm([(68, 250)]),
        'back-thigh-*': [(20, 285)],
        'back-knee-*': [(21, 328)],
        'back-calf-*': [(20, 365)],
        'back-heel-*': [(20, 425)],
    }
    return cuts, seeds


VIEWS = {'front': front, 'back': back}
