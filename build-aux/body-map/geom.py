# geom.py - small geometry helpers for the body map generator (shapely 1.8)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Splines, limbs and ellipses in the figure's half-coordinates.

Everything here is drawn for one half of the figure in (u, y): u is the
distance from the midline (0 at the middle, growing towards the outside of
the half), y runs down the page as in the map. generate.py turns u into x."""

import math

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union


def catmull_rom(points, closed=False, step=2.0, alpha=0.5):
    """A centripetal Catmull-Rom spline through @points, resampled to a
    vertex every @step units (the ends are kept exactly)."""
    pts = [tuple(map(float, p)) for p in points]
    if closed:
        ext = [pts[-1]] + pts + [pts[0], pts[1]]
    else:
        ext = [(2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])] + pts + \
              [(2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])]
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]

        def tj(ti, a, b):
            return ti + max(math.hypot(b[0] - a[0], b[1] - a[1]), 1e-6) ** alpha
        t0 = 0.0
        t1 = tj(t0, p0, p1)
        t2 = tj(t1, p1, p2)
        t3 = tj(t2, p2, p3)
        n = max(4, int(math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / 0.25))
        seg = []
        for k in range(n + 1):
            t = t1 + (t2 - t1) * k / n
            a1 = _lerp(p0, p1, (t - t0) / (t1 - t0))
            a2 = _lerp(p1, p2, (t - t1) / (t2 - t1))
            a3 = _lerp(p2, p3, (t - t2) / (t3 - t2))
            b1 = _lerp(a1, a2, (t - t0) / (t2 - t0))
            b2 = _lerp(a2, a3, (t - t1) / (t3 - t1))
            seg.append(_lerp(b1, b2, (t - t1) / (t2 - t1)))
        # each span is resampled on its own, so that the points given are
        # kept as vertices (borders meet exactly at them)
        seg[0], seg[-1] = p1, p2
        pts_span = resample(seg, step)
        out.extend(pts_span[:-1])
    if not closed:
        out.append(pts[-1])
    return out


def _lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def resample(coords, step, closed=False):
    """Points every @step along a polyline (evenly spread, ends kept)."""
    line = LineString(coords)
    length = line.length
    n = max(2 if not closed else 8, int(round(length / step)))
    if closed:
        out = [line.interpolate(length * k / n).coords[0] for k in range(n)]
        return out
    return [line.interpolate(length * k / n).coords[0] for k in range(n + 1)]


def ellipse(cx, cy, rx, ry, rot=0.0, n=72):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for k in range(n):
        t = 2 * math.pi * k / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    return Polygon(pts)


def circle(cx, cy, r):
    return Point(cx, cy).buffer(r, resolution=32)


def limb(chain, smooth=True):
    """A limb: circles (u, y, r) along a centre line, each joined to the next
    by their convex hull. With @smooth the chain is first interpolated with a
    spline so that the width changes gently."""
    if smooth and len(chain) > 2:
        centre = catmull_rom([(c[0], c[1]) for c in chain], step=1.5)
        radii = _interp_radii(chain, centre)
        chain = [(p[0], p[1], r) for p, r in zip(centre, radii)]
    parts = []
    for a, b in zip(chain, chain[1:]):
        parts.append(unary_union([circle(*a), circle(*b)]).convex_hull)
    return unary_union(parts)


def _interp_radii(chain, centre):
    """The radius along the centre line: a Catmull-Rom curve through the
    control radii, by arc length, so that the width changes smoothly."""
    cum = [0.0]
    for a, b in zip(chain, chain[1:]):
        cum.append(cum[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    rs = [c[2] for c in chain]
    line = LineString([(c[0], c[1]) for c in chain])
    out = []
    for p in centre:
        d = line.project(Point(p))
        i = 0
        while i < len(cum) - 2 and d > cum[i + 1]:
            i += 1
        t = 0 if cum[i + 1] == cum[i] else min(max((d - cum[i]) / (cum[i + 1] - cum[i]), 0.0), 1.0)
        r0 = rs[i - 1] if i > 0 else 2 * rs[0] - rs[1]
        r3 = rs[i + 2] if i + 2 < len(rs) else 2 * rs[-1] - rs[-2]
        r1, r2 = rs[i], rs[i + 1]
        out.append(0.5 * ((2 * r1) + (-r0 + r2) * t + (2 * r0 - 5 * r1 + 4 * r2 - r3) * t * t
                          + (-r0 + 3 * r1 - 3 * r2 + r3) * t ** 3))
    return out


def smooth_shape(geom, close=3.0, open_=1.5):
    """Round the inner corners (closing by @close) and the outer ones
    (opening by @open_)."""
    g = geom.buffer(close, resolution=32).buffer(-close, resolution=32)
    if open_ > 0:
        g = g.buffer(-open_, resolution=32).buffer(open_, resolution=32)
    return g


def mirror_u(geom):
    """Mirror half-coordinates across the midline (u -> -u)."""
    from shapely.affinity import scale
    return scale(geom, xfact=-1, yfact=1, origin=(0, 0))


def smooth_ring(coords, sigma=1.6, spacing=0.4):
    """Gaussian smoothing of a closed ring along its length: irons out the
    small ripples that joining circles leaves, keeps the shape. @sigma is a
    number, or a function of a point giving the width to smooth over there."""
    import numpy as np
    pts = resample(list(coords), spacing, closed=True)
    arr = np.array(pts)
    n = len(arr)
    sig = np.array([sigma(p) if callable(sigma) else sigma for p in pts]) / spacing
    half = int(4 * sig.max()) + 1
    offs = np.arange(-half, half + 1)
    out = np.empty_like(arr)
    for i in range(n):
        k = np.exp(-0.5 * (offs / sig[i]) ** 2)
        k /= k.sum()
        idx = (i + offs) % n
        out[i] = (arr[idx] * k[:, None]).sum(axis=0)
    return [tuple(p) for p in out]
