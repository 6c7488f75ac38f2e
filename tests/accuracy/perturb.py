#!/usr/bin/env python3
"""Writes the fixture reports again in the layouts real input comes in, to check that the parser reads
them the same: traditional characters, CRLF, the literal text \\r\\n, no line breaks at all (a space per
paragraph), full-width digits and percent signs, and PDF hard wraps at a fixed width.

Usage: perturb.py SRC_DIR GOLD_DIR OUT_ROOT  → OUT_ROOT/<variant>/{docs,gold}/
The gold labels are copied unchanged: the scorer compares folded names and figures, not positions.
"""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
T2S = json.load(open(os.path.join(HERE, 't2s_chars.json'), encoding='utf-8'))
S2T = {}
for t, s in sorted(T2S.items()):
    S2T.setdefault(s, t)


def traditional(t):
    return ''.join(S2T.get(c, c) for c in t)


def crlf(t):
    return t.replace('\r\n', '\n').replace('\n', '\r\n')


def literal(t):
    return ' \\r\\n'.join(t.replace('\r\n', '\n').split('\n'))


def unbroken(t):
    return ' '.join(l.strip() for l in t.replace('\r\n', '\n').split('\n') if l.strip())


def fullwidth(t):
    return t.translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789%'})


def wrapped(t, width=36):
    out = []
    for para in t.replace('\r\n', '\n').split('\n'):
        while len(para) > width:
            out.append(para[:width])
            para = para[width:]
        out.append(para)
    return '\n'.join(out)


VARIANTS = dict(traditional=traditional, crlf=crlf, literal=literal, unbroken=unbroken, fullwidth=fullwidth, wrapped=wrapped)


def main():
    src, gold, root = sys.argv[1:4]
    for name, f in VARIANTS.items():
        d, g = os.path.join(root, name, 'docs'), os.path.join(root, name, 'gold')
        os.makedirs(d, exist_ok=True)
        os.makedirs(g, exist_ok=True)
        for fn in sorted(os.listdir(gold)):
            doc = json.load(open(os.path.join(gold, fn), encoding='utf-8')).get('file', fn[:-5] + '.txt')
            text = open(os.path.join(src, doc), encoding='utf-8').read()
            open(os.path.join(d, doc), 'w', encoding='utf-8', newline='').write(f(text))
            shutil.copy(os.path.join(gold, fn), os.path.join(g, fn))


if __name__ == '__main__':
    main()
