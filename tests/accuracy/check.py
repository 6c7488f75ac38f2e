#!/usr/bin/env python3
"""Accuracy floors: runs the scorer (score.py, copied from the project's shared eval kit) over the
fixture copies of the seeds and of the development corpus, and fails when a figure falls below
its floor. The floors are the issue's acceptance bars; raise them as the parser improves.

Run from the project root after `cargo build --release` (make test-accuracy does both).
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CMD = os.path.join(ROOT, 'target', 'release', 'govreport') + ' parse --json {file}'

SETS = {
    'seeds': dict(targets_f1=0.97, qualifier=0.97, headings_f1=0.95, owners_f1=0.98),
    'corpus': dict(targets_f1=0.95, qualifier=0.97, headings_f1=0.93, owners_f1=0.95),
}

failed = False
for name, floors in SETS.items():
    gold = os.path.join(HERE, 'gold', name)
    docs = os.path.join(ROOT, 'tests', 'fixtures', name)
    out = subprocess.run([sys.executable, os.path.join(HERE, 'score.py'), '--gold', gold, '--docs', docs,
                          '--cmd', CMD, '--json'], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        sys.exit(1)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    line = ' '.join('%s=%.3f' % (k, got[k]) for k in floors) + ' errors=%d' % got['errors']
    bad = [k for k, v in floors.items() if got[k] < v] + (['errors'] if got['errors'] else [])
    print('%-7s %s %s' % (name, line, 'FAIL ' + ','.join(bad) if bad else 'ok'))
    failed |= bool(bad)
sys.exit(1 if failed else 0)
