#!/usr/bin/env python3
# catstat.py PREFIX : accuracy by category over sets scored under PREFIX
import glob,os,json,collections,sys
p=sys.argv[1]; tot=collections.Counter(); ok=collections.Counter()
for f in glob.glob(f'/tmp/sc/{p}-*.txt'):
    s=os.path.basename(f)[len(p)+1:-4]
    if s=='realdocs':
        qs=[json.loads(l) for q in glob.glob('/work/shared/realdocs/questions/*.jsonl') for l in open(q) if l.strip()]
    else:
        d='/work/main/test/'+s
        if not os.path.isdir(d): d='/work/blindsrc/'+s
        qs=[json.loads(l) for l in open(d+'/questions.jsonl') if l.strip()]
    fails={l.split()[1] for l in open(f) if l.startswith('FAIL ')}
    for q in qs:
        c=q.get('category') or q.get('cat'); tot[c]+=1; ok[c]+= q['id'] not in fails
print(' '.join(f'{c} {ok[c]}/{tot[c]}' for c in sorted(tot)), '| all', sum(ok.values()),'/',sum(tot.values()))
