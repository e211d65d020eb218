# anatomy.py - the muscles and the places never to press, as drawn
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stylised shapes of the muscles and markers of the places never to press,
for the person's right side, in half-coordinates (u, y): u grows from the
midline outwards. generate.py mirrors them to the left side and clips them
a little inside the outline."""

import math

from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union

from figure import FOREARM, UPPER_ARM, arm_point, on_leg
from geom import catmull_rom, ellipse


def blob(points, step=1.2):
    """A soft closed shape through @points."""
    return Polygon(catmull_rom(points, closed=True, step=step))


def stroke(points, width, step=1.0):
    """A soft line of @width through @points, with round ends."""
    return LineString(catmull_rom(points, step=step)).buffer(width / 2.0, resolution=12)


def _arm_frame(y):
    chain = UPPER_ARM + FOREARM[1:]
    for a, b in zip(chain, chain[1:]):
        if a[1] <= y <= b[1]:
            t = (y - a[1]) / (b[1] - a[1])
            du, dy = b[0] - a[0], b[1] - a[1]
            n = math.hypot(du, dy)
            return a[0] + du * t, a[2] + (b[2] - a[2]) * t, (dy / n, -du / n)
    raise ValueError(y)


def along_arm(samples):
    """Points given as (y, offset across the arm, -1 inner edge .. +1 outer
    edge), placed on the arm."""
    pts = []
    for y, f in samples:
        u, r, (nu, ny) = _arm_frame(y)
        pts.append((u + nu * r * f, y + ny * r * f))
    return pts


# --- muscles: view -> shape ------------------------------------------------

def muscle_shapes():
    m = {}
    # a fan over the temple, narrowing down towards the cheekbone
    m['muscle-temporalis'] = {'front': blob([
        (19.4, 35.2), (16.2, 32.4), (14.0, 27.2), (15.2, 21.4), (18.6, 17.6),
        (21.6, 20.6), (22.4, 26.6), (21.9, 32.2)])}
    # a thick band from the cheekbone to the angle of the jaw
    m['muscle-masseter'] = {'front': blob([
        (13.6, 41.6), (17.0, 40.4), (20.2, 41.4), (21.0, 49.0), (20.0, 56.4),
        (16.8, 59.4), (14.0, 56.0), (13.0, 48.6)])}
    # the upper trapezius: from the base of the skull down the back of the
    # neck and out along the top of the shoulder; from the front, the slope
    # above the collarbone
    m['muscle-upper-trapezius'] = {
        'back': blob([(1.0, 61.4), (6.0, 60.8), (10.8, 67.0), (13.6, 75.2), (19.6, 80.0),
                      (28.0, 83.4), (36.4, 86.4), (42.8, 89.6), (38.6, 93.4), (29.0, 95.4),
                      (18.0, 96.8), (8.0, 98.4), (1.0, 99.4)]),
        'front': blob([(16.0, 76.6), (22.2, 80.8), (30.4, 84.0), (38.8, 87.2), (38.0, 90.0),
                       (29.6, 87.6), (21.4, 85.0), (16.6, 81.4)]),
    }
    # from the top of the neck down to the upper corner of the shoulder blade
    m['muscle-levator-scapulae'] = {'back': blob([
        (6.6, 63.2), (10.4, 62.8), (13.0, 71.0), (17.4, 85.0), (22.4, 100.8),
        (19.6, 104.8), (16.4, 101.8), (12.0, 88.0), (8.2, 74.0)])}
    # the middle and lower trapezius: across to the spine of the shoulder
    # blade, and up from the middle of the back
    m['muscle-middle-lower-trapezius'] = {'back': blob([
        (1.2, 101.8), (12.0, 101.0), (24.0, 99.6), (36.0, 97.6), (40.0, 97.4),
        (34.0, 101.8), (24.0, 105.2), (15.6, 109.6), (12.4, 118.0), (9.0, 134.0),
        (5.6, 154.0), (2.8, 170.0), (1.2, 175.0)], step=1.5)}
    # the back of the shoulder blade, below its spine
    m['muscle-infraspinatus'] = {'back': blob([
        (14.6, 112.0), (24.0, 107.6), (33.4, 104.4), (37.6, 106.6), (38.2, 118.0),
        (35.0, 132.0), (28.6, 143.6), (22.6, 148.8), (18.6, 143.6), (15.6, 130.0),
        (14.2, 119.0)])}
    # three slim muscles down the side of the neck to the first ribs
    m['muscle-scalenes'] = {'front': blob([
        (8.8, 66.4), (11.6, 65.8), (14.2, 73.8), (18.6, 84.4), (16.6, 87.8),
        (13.0, 86.4), (10.4, 77.0)])}
    # the wrist and finger extensors down the back of the forearm, thumb side;
    # from the front, the brachioradialis along the thumb side
    m['muscle-wrist-extensors'] = {
        'back': blob(along_arm([(164, 0.96), (172, 0.98), (184, 0.92), (198, 0.78),
                                (212, 0.62), (224, 0.50), (229, 0.30), (226, 0.0),
                                (212, 0.02), (198, 0.0), (184, 0.0), (174, 0.22),
                                (166, 0.55)])),
        'front': blob(along_arm([(152, 0.94), (166, 0.96), (182, 0.95), (200, 0.88),
                                 (216, 0.78), (226, 0.64), (222, 0.40), (206, 0.38),
                                 (188, 0.42), (170, 0.50), (157, 0.68)])),
    }
    # the big rounded buttock muscle, from the sacrum down and out to the thigh
    m['muscle-gluteus-maximus'] = {'back': blob([
        (14.4, 204.4), (21.0, 203.0), (28.0, 205.8), (35.6, 214.0), (41.0, 228.0),
        (42.4, 241.0), (40.4, 252.6), (34.0, 258.0), (24.6, 261.4), (14.4, 261.4),
        (6.8, 256.6), (3.4, 249.0), (6.6, 240.0), (11.2, 229.4), (14.2, 216.0)], step=1.5)}
    # a fan from the iliac crest to the bony point of the hip
    m['muscle-gluteus-medius'] = {'back': blob([
        (16.6, 204.8), (24.0, 201.4), (32.0, 199.8), (39.6, 201.6), (43.4, 208.6),
        (44.2, 220.0), (42.2, 231.4), (38.6, 233.2), (32.0, 226.0), (24.4, 216.8),
        (18.6, 210.6)])}
    # a smaller, deeper fan under it
    m['muscle-gluteus-minimus'] = {'back': blob([
        (24.6, 210.0), (32.4, 206.6), (39.6, 208.4), (42.8, 216.4), (42.0, 228.8),
        (38.8, 231.2), (32.2, 224.4), (26.8, 216.6)])}
    # pear-shaped, from the sacrum across to the top of the thigh bone
    m['muscle-piriformis'] = {'back': blob([
        (8.6, 219.6), (12.4, 216.0), (20.6, 218.8), (30.4, 223.6), (38.8, 227.0),
        (39.2, 230.2), (30.0, 230.4), (20.4, 229.6), (12.4, 228.8), (8.8, 225.4)])}
    # deep in the low back, from the lowest rib to the iliac crest
    m['muscle-quadratus-lumborum'] = {'back': blob([
        (8.2, 177.8), (16.0, 176.8), (22.6, 178.6), (26.2, 187.0), (27.2, 196.0),
        (21.6, 199.6), (12.4, 201.2), (8.8, 198.6), (7.8, 188.0)])}
    # psoas beside the lower spine and iliacus in the bowl of the pelvis,
    # down across the front of the hip to the inner thigh bone
    m['muscle-iliopsoas'] = {'front': blob([
        (3.8, 178.4), (8.4, 178.0), (11.4, 191.0), (16.4, 202.4), (22.4, 203.6),
        (28.4, 208.6), (26.0, 218.6), (22.0, 230.0), (20.4, 242.0), (19.4, 253.4),
        (15.6, 257.0), (13.4, 250.0), (13.8, 236.0), (11.8, 224.0), (7.6, 210.0),
        (4.4, 196.0)], step=1.5)}
    # a short flat muscle at the front-outer corner of the hip
    m['muscle-tfl'] = {'front': blob([
        (31.0, 210.8), (34.8, 210.0), (38.8, 220.0), (41.4, 235.0), (41.0, 250.6),
        (38.4, 252.4), (36.0, 240.0), (32.0, 224.0), (30.0, 215.4)])}
    # straight down the middle of the front of the thigh to the kneecap
    m['muscle-rectus-femoris'] = {'front': on_leg(blob([
        (25.6, 213.0), (28.0, 213.6), (29.4, 230.0), (30.4, 255.0), (29.6, 281.0),
        (26.2, 302.0), (22.8, 314.4), (19.8, 314.6), (19.4, 303.0), (21.6, 281.0),
        (23.4, 255.0), (23.2, 230.0)], step=1.5))}
    # the teardrop just above and inside the kneecap
    m['muscle-vastus-medialis'] = {'front': on_leg(blob([
        (14.0, 268.0), (16.6, 270.4), (17.8, 288.0), (18.8, 303.0), (17.8, 315.0),
        (13.6, 320.4), (9.2, 318.2), (7.8, 306.0), (9.6, 290.0), (11.8, 277.0)]))}
    # the broad flat calf muscle under the gastrocnemius, down to the Achilles
    m['muscle-soleus'] = {'back': on_leg(blob([
        (10.6, 351.0), (19.8, 347.4), (29.2, 351.0), (31.4, 366.0), (29.4, 383.0),
        (24.6, 397.0), (21.6, 407.4), (17.6, 407.4), (14.6, 397.0), (9.8, 383.0),
        (8.0, 366.0)], step=1.5))}
    # the outer quadriceps: down the outer side of the front of the thigh,
    # from just below the bony point of the hip to beside the kneecap
    m['muscle-vastus-lateralis'] = {'front': on_leg(blob([
        (37.0, 239.0), (40.2, 238.0), (42.6, 246.0), (42.4, 262.0), (40.6, 280.0),
        (38.4, 296.0), (35.4, 308.0), (31.6, 317.4), (28.0, 319.6), (26.4, 316.4),
        (28.6, 306.0), (30.8, 292.0), (31.6, 276.0), (32.2, 260.0), (34.0, 247.0)],
        step=1.5))}
    # the hamstrings: from the sitting bone down the back of the thigh, the
    # two inner muscles and the outer one parting above the knee
    m['muscle-hamstrings'] = {'back': on_leg(blob([
        (8.4, 258.0), (12.0, 255.6), (16.4, 256.4), (21.6, 264.0), (27.6, 276.0),
        (31.6, 290.0), (32.6, 304.0), (31.0, 317.6), (28.0, 319.6), (25.8, 311.0),
        (23.2, 298.0), (19.6, 286.0), (17.6, 281.0), (16.6, 292.0), (15.2, 306.0),
        (12.8, 318.6), (9.6, 318.6), (7.8, 308.0), (7.0, 292.0), (7.0, 276.0),
        (7.6, 264.0)], step=1.5))}
    # the adductors: from the pubic bone fanning out over the top of the
    # inner thigh, and on down its inner edge
    m['muscle-adductors'] = {'front': on_leg(blob([
        (3.2, 246.4), (6.0, 244.8), (8.2, 250.0), (12.0, 256.6), (16.2, 262.0),
        (17.4, 266.6), (14.6, 270.0), (11.0, 276.0), (9.0, 284.0), (8.0, 292.0),
        (6.8, 298.4), (5.0, 295.0), (4.4, 282.0), (4.0, 268.0), (3.6, 256.0)],
        step=1.5))}
    # a small flat muscle just below the groin crease, between the
    # iliopsoas and the adductors
    m['muscle-pectineus'] = {'front': on_leg(blob([
        (7.4, 243.0), (10.6, 241.0), (13.2, 244.4), (14.4, 250.4), (14.0, 256.6),
        (11.8, 257.6), (9.6, 252.4), (7.4, 246.8)]))}
    # the two rounded heads of the upper calf, from just above the knee,
    # either side of its hollow, over the soleus
    m['muscle-gastrocnemius'] = {'back': on_leg(unary_union([
        blob([(10.0, 324.6), (13.8, 323.4), (17.0, 331.0), (19.8, 343.0), (20.0, 356.0),
              (18.2, 367.0), (14.8, 373.4), (11.0, 369.0), (8.4, 358.0), (7.6, 344.0),
              (8.2, 332.0)], step=1.5),
        blob([(27.4, 323.4), (31.0, 324.8), (33.0, 335.0), (33.0, 348.0), (31.0, 358.0),
              (27.2, 364.4), (23.6, 364.6), (21.6, 356.0), (21.6, 344.0), (24.0, 332.0)],
             step=1.5),
    ]))}
    # a slim muscle beside the outer edge of the shin bone, its tendon
    # crossing to the inner side of the ankle
    m['muscle-tibialis-anterior'] = {'front': on_leg(blob([
        (22.0, 348.0), (25.6, 346.4), (28.8, 352.0), (29.6, 364.0), (28.6, 378.0),
        (26.4, 390.0), (23.6, 400.0), (21.0, 407.4), (18.8, 407.0), (19.6, 398.0),
        (21.2, 386.0), (21.6, 372.0), (21.2, 358.0)], step=1.5))}
    # the sternocleidomastoid: a strap from behind the ear, below the angle
    # of the jaw, down and forward along the side of the neck to the top of
    # the breastbone and the inner end of the collarbone
    m['muscle-sternocleidomastoid'] = {'front': blob([
        (14.6, 58.4), (17.4, 59.4), (15.8, 64.0), (13.8, 69.4), (11.4, 76.4),
        (8.6, 83.6), (6.2, 89.0), (3.8, 91.8), (2.2, 91.0), (2.8, 86.4),
        (5.0, 79.6), (8.4, 71.6), (11.8, 64.2)])}
    # the suboccipitals: small muscles just under the base of the skull,
    # from the top two neck bones to the skull, round a small triangle
    m['muscle-suboccipitals'] = {'back': unary_union([
        stroke([(1.6, 61.6), (2.2, 64.6)], 1.8),
        stroke([(3.0, 66.6), (6.2, 63.6), (9.4, 61.4)], 2.0),
        stroke([(3.0, 66.6), (7.4, 66.6), (11.6, 65.8)], 2.0),
        stroke([(11.6, 65.8), (11.4, 63.4), (10.4, 61.2)], 1.8),
    ])}
    # pectoralis major: the broad fan over the upper chest, from the
    # collarbone, the breastbone and the upper ribs, gathering into the
    # front fold of the armpit and on to the front of the upper arm bone
    m['muscle-pectoralis-major'] = {'front': blob([
        (2.0, 91.6), (9.0, 89.6), (17.0, 89.6), (25.0, 91.4), (32.0, 94.4),
        (38.6, 98.4), (44.2, 101.4), (45.6, 106.0), (43.2, 110.6), (38.6, 114.0),
        (32.6, 120.6), (25.6, 128.6), (18.0, 134.6), (10.0, 136.6), (3.4, 134.4),
        (1.6, 124.0), (1.4, 106.0)], step=1.5)}
    # pectoralis minor, under it: from the third to fifth ribs near the
    # front, up and out to the small hook of bone (the coracoid) below the
    # outer collarbone, at the front point of the shoulder
    m['muscle-pectoralis-minor'] = {'front': blob([
        (34.0, 92.0), (37.6, 92.4), (39.0, 95.2), (35.8, 99.6), (30.6, 106.4),
        (26.0, 114.6), (22.8, 123.4), (19.4, 127.0), (16.6, 124.8), (16.8, 116.6),
        (19.8, 108.4), (24.8, 101.0), (29.8, 95.6)])}
    # the erector spinae: a long column beside the spine, off the spine
    # itself, from the middle back down to the sacrum, thickest in the low
    # back
    m['muscle-erector-spinae'] = {'back': blob([
        (3.6, 147.0), (6.8, 144.6), (10.4, 146.4), (12.2, 154.0), (13.0, 166.0),
        (13.8, 178.0), (14.2, 190.0), (13.2, 199.0), (11.0, 206.0), (7.6, 211.4),
        (4.6, 211.6), (3.2, 205.0), (3.0, 192.0), (3.0, 176.0), (3.0, 160.0)],
        step=1.5)}
    # supraspinatus: in the hollow above the ridge of the shoulder blade,
    # out under the top of the shoulder towards the upper arm bone
    m['muscle-supraspinatus'] = {'back': blob([
        (11.8, 101.6), (16.0, 99.4), (23.0, 97.6), (30.0, 96.2), (36.0, 95.2),
        (39.4, 96.0), (37.6, 99.0), (33.0, 101.4), (27.0, 102.8), (20.4, 104.2),
        (14.6, 105.2), (12.0, 104.0)])}
    return m


# --- places: view -> shape (both sides drawn: u < 0 is the other side) -----

def both(shape):
    from shapely.affinity import scale
    return unary_union([shape, scale(shape, xfact=-1, yfact=1, origin=(0, 0))])


def place_shapes():
    p = {}
    # the throat and the great vessels either side of it
    p['neck-front'] = {'front': blob([(0, 70.4), (6.4, 70.8), (10.8, 74.0), (11.6, 80.0),
                                      (9.0, 85.0), (4.4, 87.0), (0, 87.4), (-4.4, 87.0),
                                      (-9.0, 85.0), (-11.6, 80.0), (-10.8, 74.0),
                                      (-6.4, 70.8)])}
    p['eyes'] = {'front': both(ellipse(9.4, 34.4, 4.4, 2.6))}
    # the artery just in front of the ear, rising over the temple
    p['temple-artery'] = {'front': both(stroke([(21.2, 43.0), (21.0, 37.0), (20.2, 30.6),
                                                (18.2, 24.4)], 2.6))}
    p['armpit'] = {'front': both(ellipse(*arm_point(41.4, 134.0), 3.0, 6.0, rot=-6))}
    # the inner side of the elbow, with the "funny bone" behind it
    inner_elbow = both(ellipse(*along_arm([(171, -0.62)])[0], 3.0, 5.6, rot=8))
    p['inner-elbow'] = {'front': inner_elbow, 'back': inner_elbow}
    p['spine'] = {'back': stroke([(0, 72.0), (0, 100.0), (0, 150.0), (0, 203.0)], 4.4)}
    # under the lowest ribs, either side of the spine
    p['kidneys'] = {'back': both(ellipse(13.6, 184.0, 5.4, 9.0, rot=-10))}
    p['belly'] = {'front': ellipse(0, 196.0, 15.0, 19.0)}
    # just below the inguinal fold, from the hip bone's front point to the
    # crotch
    p['groin-crease'] = {'front': both(stroke([(27.0, 214.6), (22.4, 223.2), (17.4, 230.0),
                                               (12.2, 235.8), (7.2, 240.6)], 3.0))}
    p['sciatic-notch'] = {'back': both(ellipse(18.4, 233.6, 4.0, 5.2))}
    outer_hip = both(ellipse(42.6, 232.0, 2.8, 6.0))
    p['outer-hip'] = {'front': outer_hip, 'back': outer_hip}
    p['back-of-knee'] = {'back': both(on_leg(ellipse(20.8, 328.0, 6.4, 7.2)))}
    # a few soft strokes where varicose veins are most often: the backs and
    # inner sides of the calves, and the inner thighs
    p['varicose-veins'] = {
        'front': both(on_leg(unary_union([
            stroke([(10.4, 268.0), (9.2, 276.0), (10.2, 284.0), (9.4, 292.0)], 1.6),
            stroke([(10.6, 352.0), (9.4, 362.0), (10.6, 372.0), (10.0, 384.0)], 1.6),
        ]))),
        'back': both(on_leg(unary_union([
            stroke([(13.8, 350.0), (12.6, 360.0), (14.0, 370.0), (13.0, 382.0)], 1.6),
            stroke([(19.6, 356.0), (20.8, 366.0), (19.4, 376.0)], 1.6),
            stroke([(10.6, 300.0), (9.6, 308.0), (10.6, 316.0)], 1.6),
        ]))),
    }
    return p
