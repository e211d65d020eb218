# planar.py - cutting the figure into regions with exactly shared borders
# SPDX-License-Identifier: GPL-3.0-or-later
"""The outline and the border lines are noded together once, every vertex is
rounded to two decimals once, and the faces are built from those rounded
edges. Two neighbouring regions therefore list the very same vertices along
their common border, and the outline is the union of the regions' outer
edges, vertex for vertex."""

from collections import defaultdict

from shapely.geometry import LineString, MultiLineString, Point, Polygon
from shapely.geometry.polygon import orient
from shapely.ops import polygonize, unary_union


def r2(v):
    return round(v + 0.0, 2) + 0.0


def node_and_round(lines):
    """Node @lines (shapely LineStrings) and round every vertex."""
    noded = unary_union(lines)
    parts = noded.geoms if isinstance(noded, MultiLineString) else [noded]
    out = []
    for ln in parts:
        pts = []
        for x, y in ln.coords:
            p = (r2(x), r2(y))
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) >= 2:
            out.append(LineString(pts))
    return out


def faces(lines, inside):
    """The faces the noded, rounded @lines enclose that lie in @inside."""
    out = []
    for f in polygonize(lines):
        if f.area < 1e-6:
            continue
        if inside.contains(f.representative_point()):
            out.append(orient(Polygon(f.exterior.coords), 1.0))
    return out


def ring_edges(poly):
    c = list(poly.exterior.coords)
    return [(c[i], c[i + 1]) for i in range(len(c) - 1) if c[i] != c[i + 1]]


def merge(polys):
    """The union of faces that share whole edges, without any new vertex:
    edges met in both directions cancel, the rest are chained into rings.
    Returns a list of rings (lists of points, not repeated at the end)."""
    count = defaultdict(int)
    for p in polys:
        for e in ring_edges(orient(p, 1.0)):
            count[e] += 1
    edges = []
    for (a, b), n in count.items():
        back = count.get((b, a), 0)
        edges.extend([(a, b)] * max(0, n - back))
    nxt = defaultdict(list)
    for a, b in edges:
        nxt[a].append(b)
    rings = []
    used = set()
    for a, b in edges:
        if (a, b) in used:
            continue
        ring = [a]
        cur = (a, b)
        while True:
            used.add(cur)
            p = cur[1]
            if p == ring[0]:
                break
            ring.append(p)
            cands = [q for q in nxt[p] if (p, q) not in used]
            if len(cands) != 1:
                raise ValueError('pinched border at %r (%d ways on)' % (p, len(cands)))
            cur = (p, cands[0])
        rings.append(ring)
    return rings


def label_faces(face_list, seeds):
    """Give each face the region whose seed point lies in it; faces without
    a seed go to the labelled neighbour they share the longest border with."""
    labels = [None] * len(face_list)
    for i, f in enumerate(face_list):
        hit = {k for k, pts in seeds.items() for p in pts if f.contains(Point(p))}
        if len(hit) > 1:
            raise ValueError('face %d holds the seeds of %s' % (i, sorted(hit)))
        if hit:
            labels[i] = hit.pop()
    missing = {k for k in seeds if k not in labels}
    if missing:
        raise ValueError('seeds outside every face: %s' % sorted(missing))
    changed = True
    while changed and None in labels:
        changed = False
        for i, f in enumerate(face_list):
            if labels[i] is not None:
                continue
            best, best_len = None, 0.0
            for j, g in enumerate(face_list):
                if labels[j] is None:
                    continue
                shared = f.exterior.intersection(g.exterior).length
                if shared > best_len:
                    best, best_len = labels[j], shared
            if best is not None:
                labels[i] = best
                changed = True
    if None in labels:
        raise ValueError('faces without a region')
    return labels
