#!/usr/bin/python3
# preview.py - draws content/body-map.xml into PNG files, to look at
# SPDX-License-Identifier: GPL-3.0-or-later
#
#     /usr/bin/python3 build-aux/body-map/preview.py [OUTPUT-FOLDER]
#
# Needs python3-cairo. Reads only the XML. Writes, per view: the figure as
# the app shows it (regions.png), the muscles (muscles.png), the places never
# to press (places.png), and each muscle's pain pattern (zones-*.png).

import colorsys
import os
import sys
import xml.etree.ElementTree as ET

import cairo

from pathdata import parse_path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
NS = '{http://fasciaapp.org/ns/body-map/1}'
SCALE = 3


def trace(cr, d, ox=0):
    for sub in parse_path(d):
        cr.move_to(sub[0][0] + ox, sub[0][1])
        for x, y in sub[1:]:
            cr.line_to(x + ox, y)
        cr.close_path()


def load():
    root = ET.parse(os.path.join(ROOT, 'content', 'body-map.xml')).getroot()
    views = {}
    for v in root.findall(NS + 'view'):
        views[v.get('id')] = {
            'outline': [o.get('d') for o in v.findall(NS + 'outline')],
            'regions': [(r.get('id'), r.find(NS + 'shape').get('d')) for r in v.findall(NS + 'region')],
        }
    muscles = []
    for m in root.findall(NS + 'muscle'):
        zones = {z.get('kind'): z.get('regions').split() for z in m.findall(NS + 'zone')}
        muscles.append((m.get('page'), m.get('side'), m.get('regions').split(),
                        {s.get('view'): s.get('d') for s in m.findall(NS + 'shape')}, zones))
    places = []
    for p in root.findall(NS + 'place'):
        places.append((p.get('id'), {s.get('view'): s.get('d') for s in p.findall(NS + 'shape')}))
    return views, muscles, places


def canvas(title):
    surf = cairo.ImageSurface(cairo.FORMAT_ARGB32, 400 * SCALE + 20, 470 * SCALE)
    cr = cairo.Context(surf)
    cr.set_source_rgb(0.98, 0.98, 0.97)
    cr.paint()
    cr.scale(SCALE, SCALE)
    cr.set_source_rgb(0.2, 0.2, 0.25)
    cr.select_font_face('Sans')
    cr.set_font_size(5)
    cr.move_to(4, 7)
    cr.show_text(title)
    return surf, cr


def base(cr, views, fill=(0.87, 0.89, 0.93), borders=True):
    for i, name in enumerate(('front', 'back')):
        ox = i * 205
        v = views[name]
        for d in v['outline']:
            trace(cr, d, ox)
        cr.set_source_rgb(*fill)
        cr.fill()
        if borders:
            for _rid, d in v['regions']:
                trace(cr, d, ox)
                cr.set_source_rgb(1, 1, 1)
                cr.set_line_width(0.7)
                cr.set_line_join(cairo.LINE_JOIN_ROUND)
                cr.stroke()
        for d in v['outline']:
            trace(cr, d, ox)
        cr.set_source_rgb(0.55, 0.58, 0.66)
        cr.set_line_width(0.6)
        cr.stroke()


def regions_png(views, out):
    surf, cr = canvas('Regions')
    for i, name in enumerate(('front', 'back')):
        ox = i * 205
        for k, (rid, d) in enumerate(views[name]['regions']):
            h = (k * 0.618) % 1.0
            r, g, b = colorsys.hls_to_rgb(h, 0.8, 0.45)
            trace(cr, d, ox)
            cr.set_source_rgb(r, g, b)
            cr.fill_preserve()
            cr.set_source_rgb(1, 1, 1)
            cr.set_line_width(0.5)
            cr.stroke()
    base_outline(cr, views)
    surf.write_to_png(os.path.join(out, 'regions.png'))


def base_outline(cr, views):
    for i, name in enumerate(('front', 'back')):
        for d in views[name]['outline']:
            trace(cr, d, i * 205)
        cr.set_source_rgb(0.35, 0.38, 0.46)
        cr.set_line_width(0.5)
        cr.stroke()


def app_png(views, out):
    surf, cr = canvas('As in the app')
    base(cr, views)
    surf.write_to_png(os.path.join(out, 'app.png'))


def muscles_png(views, muscles, out):
    surf, cr = canvas('Muscles')
    base(cr, views)
    for k, (page, side, _regions, shapes, _zones) in enumerate(muscles):
        h = ((k // 2) * 0.618) % 1.0
        r, g, b = colorsys.hls_to_rgb(h, 0.5, 0.6)
        for i, name in enumerate(('front', 'back')):
            if name in shapes:
                trace(cr, shapes[name], i * 205)
                cr.set_source_rgba(r, g, b, 0.45)
                cr.fill_preserve()
                cr.set_source_rgba(r * 0.6, g * 0.6, b * 0.6, 0.9)
                cr.set_line_width(0.3)
                cr.stroke()
    surf.write_to_png(os.path.join(out, 'muscles.png'))


def places_png(views, places, out):
    surf, cr = canvas('Places never to press')
    base(cr, views)
    for pid, shapes in places:
        for i, name in enumerate(('front', 'back')):
            if name in shapes:
                trace(cr, shapes[name], i * 205)
                cr.set_source_rgba(0.85, 0.2, 0.15, 0.55)
                cr.fill_preserve()
                cr.set_source_rgba(0.6, 0.1, 0.05, 0.9)
                cr.set_line_width(0.25)
                cr.stroke()
    surf.write_to_png(os.path.join(out, 'places.png'))


def zones_png(views, muscles, out):
    regions = {}
    for i, name in enumerate(('front', 'back')):
        for rid, d in views[name]['regions']:
            regions[rid] = (i * 205, d)
    for page, side, lies, shapes, zones in muscles:
        if side != 'right':
            continue
        surf, cr = canvas('%s (%s): essential red, spillover orange, lies in: hatched' % (page, side))
        base(cr, views)
        for kind, col in (('essential', (0.85, 0.15, 0.15, 0.55)), ('spillover', (0.95, 0.6, 0.1, 0.5))):
            for rid in zones.get(kind, []):
                ox, d = regions[rid]
                trace(cr, d, ox)
                cr.set_source_rgba(*col)
                cr.fill()
        for i, name in enumerate(('front', 'back')):
            if name in shapes:
                trace(cr, shapes[name], i * 205)
                cr.set_source_rgba(0.2, 0.3, 0.8, 0.8)
                cr.set_line_width(0.6)
                cr.stroke()
        for rid in lies:
            ox, d = regions[rid]
            trace(cr, d, ox)
            cr.set_source_rgba(0.2, 0.3, 0.8, 0.9)
            cr.set_line_width(0.25)
            cr.set_dash([1, 1])
            cr.stroke()
            cr.set_dash([])
        surf.write_to_png(os.path.join(out, 'zones-%s.png' % page))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/figure-previews'
    os.makedirs(out, exist_ok=True)
    views, muscles, places = load()
    app_png(views, out)
    regions_png(views, out)
    if muscles:
        muscles_png(views, muscles, out)
        zones_png(views, muscles, out)
    if places:
        places_png(views, places, out)
    print('previews in', out)


if __name__ == '__main__':
    main()
