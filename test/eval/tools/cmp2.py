#!/usr/bin/env python3
# cmp2.py A B : compare FAIL ids between prefix A and B over sets both have
import glob,os,re,sys
def load(p):
    r={}
    for f in glob.glob(f'/tmp/sc/{p}-*.txt'):
        s=os.path.basename(f)[len(p)+1:-4]; fails=set(); tot=None
        for l in open(f):
            if l.startswith('FAIL '): fails.add(l.split()[1])
            m=re.match(r'score: (\d+)/(\d+)',l)
            if m: tot=(int(m[1]),int(m[2]))
        if tot: r[s]=(fails,tot)
    return r
a,b=load(sys.argv[1]),load(sys.argv[2])
ga=gb=n=0
for s in sorted(set(a)&set(b)):
    fa,ta=a[s]; fb,tb=b[s]; ga+=ta[0]; gb+=tb[0]; n+=ta[1]
    lost=sorted(fb-fa); won=sorted(fa-fb)
    if lost or won: print(s, ta[0],'->',tb[0], 'won',' '.join(won), '| lost',' '.join(lost))
print('common', n, ga,'->',gb)
