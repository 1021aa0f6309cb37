#!/usr/bin/env python3
# wrongfig.py PREFIX [SETRE]: FAIL answers that state a money figure while missing an expected one
import glob,os,re,sys
p=sys.argv[1]; sre=re.compile(sys.argv[2]) if len(sys.argv)>2 else None
REF=('没有找到','未找到','没有','不能','无法')
n=0
for f in sorted(glob.glob(f'/tmp/sc/{p}-*.txt')):
    s=os.path.basename(f)[len(p)+1:-4]
    if sre and not sre.search(s): continue
    for l in open(f):
        if not l.startswith('FAIL '): continue
        parts=l.rstrip('\n').split(' :: ')
        if len(parts)<3: continue
        why,ans=parts[1],parts[2]
        if 'missing' not in why or re.search(r"missing text|missing any of [^0-9\[]",why) and not re.search(r'missing \d',why): continue
        if not re.search(r'\d[\d,.]*\s*(万元|亿元|元)',ans): continue
        if ans.strip("'").startswith(REF): continue
        n+=1; print(s, l[5:].strip()[:330])
print('candidates',n,file=sys.stderr)
