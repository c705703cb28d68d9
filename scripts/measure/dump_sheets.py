"""Dumps sheets of workbooks as the user sees them, for a reader listing every defect by hand
(BENCHMARKS.md, "Recall"): one line a non-empty cell (address, T/N/F, the text shown, the stored
number or the formula), invisible characters made visible, merged ranges last. Starts a headless
office of its own (this machine's) and ends it.
usage: /usr/bin/python3 dump_sheets.py OUTDIR FILE[:sheet1,sheet2] ...  (no list: sheets with 指标)"""
import subprocess, time, uno, os, sys, tempfile, re
from com.sun.star.beans import PropertyValue
from com.sun.star.table.CellContentType import TEXT, VALUE, FORMULA, EMPTY
def pv(n,v):
    x=PropertyValue(); x.Name=n; x.Value=v; return x
def start():
    prof=tempfile.mkdtemp()
    args=["/usr/lib/libreoffice/program/soffice.bin","--headless","--norestore","-env:UserInstallation=file://"+prof,"--accept=pipe,name=dumpjx%d;urp;"%os.getpid()]
    p=subprocess.Popen(args,stderr=subprocess.DEVNULL)
    ctx=uno.getComponentContext(); r=ctx.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver",ctx)
    for i in range(120):
        if p.poll() is not None: p=subprocess.Popen(args,stderr=subprocess.DEVNULL)
        try:
            c=r.resolve("uno:pipe,name=dumpjx%d;urp;StarOffice.ComponentContext"%os.getpid()); return p,c
        except Exception: time.sleep(1)
    raise SystemExit("no office")
def esc(s):
    out=[]
    for ch in s:
        o=ord(ch)
        if ch=='\n': out.append('⏎')
        elif ch=='\t' or o==1: out.append('⟨TAB⟩')
        elif o<32 or 0x7f<=o<0xa0: out.append('⟨U+%04X⟩'%o)
        elif ch=='\u3000': out.append('⟨全角空格⟩')
        elif ch=='\u00a0': out.append('⟨NBSP⟩')
        elif o in (0x200b,0xfeff,0x2060): out.append('⟨U+%04X⟩'%o)
        else: out.append(ch)
    return ''.join(out)
def col(c):
    s=''
    c+=1
    while c: c,rem=divmod(c-1,26); s=chr(65+rem)+s
    return s
def main():
    outdir=sys.argv[1]; os.makedirs(outdir,exist_ok=True)
    p,c=start()
    d=c.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",c)
    try:
        for arg in sys.argv[2:]:
            path,_,sheets=arg.partition(':')
            want=[s for s in sheets.split(',') if s] if sheets else None
            doc=d.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)),"_blank",0,(pv("Hidden",True),pv("ReadOnly",True)))
            lines=[]
            for i in range(doc.Sheets.Count):
                sh=doc.Sheets.getByIndex(i)
                cur=sh.createCursor(); cur.gotoEndOfUsedArea(False)
                rows=cur.RangeAddress.EndRow+1; cols=cur.RangeAddress.EndColumn+1
                rng=sh.getCellRangeByPosition(0,0,cols-1,rows-1)
                data=rng.DataArray
                if want is None:
                    if not any('指标' in str(v) for r in data for v in r): continue
                elif sh.Name not in want: continue
                lines.append('=== sheet %r (%d rows x %d columns)'%(sh.Name,rows,cols))
                # merges
                merges=[]
                en=sh.getCellRangeByPosition(0,0,cols-1,rows-1)
                forms=rng.FormulaArray
                for r in range(rows):
                    for cc in range(cols):
                        v=data[r][cc]
                        if v=='' : continue
                        cell=sh.getCellByPosition(cc,r)
                        shown=cell.String
                        t=cell.Type
                        kind='T' if t==TEXT else 'N' if t==VALUE else 'F' if t==FORMULA else '?'
                        extra=''
                        if kind=='F': extra='  formula: '+forms[r][cc]
                        elif kind=='N' and shown!=repr(v): extra='  (stored %r)'%v if str(v)!=shown else ''
                        lines.append('%s%d\t%s\t%s%s'%(col(cc),r+1,kind,esc(shown),extra))
                # merged ranges via cursor
                seen=set()
                for r in range(rows):
                    for cc in range(cols):
                        if (r,cc) in seen or data[r][cc]=='': continue
                        cu=sh.createCursorByRange(sh.getCellRangeByPosition(cc,r,cc,r))
                        cu.collapseToMergedArea()
                        a=cu.RangeAddress
                        if a.EndRow>a.StartRow or a.EndColumn>a.StartColumn:
                            for rr in range(a.StartRow,a.EndRow+1):
                                for c2 in range(a.StartColumn,a.EndColumn+1): seen.add((rr,c2))
                            merges.append('%s%d:%s%d'%(col(a.StartColumn),a.StartRow+1,col(a.EndColumn),a.EndRow+1))
                if merges: lines.append('merged: '+' '.join(merges))
            doc.close(True)
            name=os.path.basename(path)
            open(os.path.join(outdir,name+'.txt'),'w').write('\n'.join(lines)+'\n')
            print(name, len(lines))
    finally:
        p.terminate(); p.wait()
if __name__ == "__main__":
    main()
