' A hand-made checker in LibreOffice Basic: the same checks as jixiao_bench_checks.py (see there
' for the subset of Jixiao's rules it covers), walking the used area cell by cell. bench/run.py
' adds it to the office's application Basic and runs it through the script provider.
' Basic has no NFKC: the folding a hand-made macro would write (full-width ASCII, U+3000, …) is
' enough for the values these benchmarks generate. Asc and Chr are Unicode in LibreOffice Basic
' (AscW/ChrW exist only under Option VBASupport), and hex literals carry & to be Long: &HFF01 alone
' is the Integer -255.
Option Explicit

Private Units As String      ' "|人|人次|…|": one InStr finds a unit
Private Prefixes As Variant  ' operators written before the number, longest first
Private Canonical As Variant ' the canonical operator of each prefix
Private Suffixes As Variant  ' 以上, 以下, 以内
Private Found() As String
Private FoundCount As Long

Function CheckSheet(oSheet As Object, sUnits As String, aPrefixes As Variant, aCanonical As Variant, _
                    aSuffixes As Variant) As Variant
  Dim oCursor As Object, lastRow As Long, lastCol As Long, r As Long, c As Long, i As Long
  Dim texts() As String, compact() As String, nameCol As Long, valueCols() As Long, nValues As Long
  Dim anyText As Boolean, title As Boolean
  Units = sUnits : Prefixes = aPrefixes : Canonical = aCanonical : Suffixes = aSuffixes
  FoundCount = 0
  ReDim Found(1023)
  oCursor = oSheet.createCursor()
  oCursor.gotoEndOfUsedArea(False)
  lastRow = oCursor.RangeAddress.EndRow
  lastCol = oCursor.RangeAddress.EndColumn
  ReDim texts(lastCol) : ReDim compact(lastCol) : ReDim valueCols(lastCol)
  nameCol = -1 : nValues = 0
  For r = 0 To lastRow
    anyText = False : title = False
    For c = 0 To lastCol
      texts(c) = oSheet.getCellByPosition(c, r).getString()
      compact(c) = WithoutSpaces(texts(c))
      If compact(c) <> "" Then anyText = True
      If InStr(compact(c), "目标表") > 0 Or InStr(compact(c), "申报表") > 0 Then title = True
    Next c
    If IsHeader(compact, lastCol) Then
      nValues = 0
      For c = 0 To lastCol
        If compact(c) = "三级指标" Then nameCol = c
        If Right(compact(c), 3) = "指标值" Then valueCols(nValues) = c : nValues = nValues + 1
      Next c
    ElseIf Not anyText Or title Then
      nameCol = -1 : nValues = 0
    ElseIf nameCol >= 0 Then
      If compact(nameCol) <> "" Then
        For i = 0 To nValues - 1
          CheckValue(texts(valueCols(i)), r, valueCols(i))
        Next i
      End If
    End If
  Next r
  If FoundCount = 0 Then
    CheckSheet = Array()
  Else
    ReDim Preserve Found(FoundCount - 1)
    CheckSheet = Found
  End If
End Function

Function IsHeader(compact() As String, lastCol As Long) As Boolean
  Dim c As Long
  IsHeader = False
  For c = 0 To lastCol
    If compact(c) = "三级指标" Then IsHeader = True
  Next c
End Function

Sub AddFinding(r As Long, c As Long, rule As String)
  ' A block If: a one-line "If … Then ReDim Preserve …" silently loses the assignment below (7.4).
  If FoundCount > UBound(Found) Then
    ReDim Preserve Found(2 * FoundCount)
  End If
  Found(FoundCount) = r & ";" & c & ";" & rule
  FoundCount = FoundCount + 1
End Sub

Function IsSpace(ch As String) As Boolean
  IsSpace = (ch = " " Or ch = Chr(9) Or ch = Chr(10) Or ch = Chr(13) Or Asc(ch) = &H3000& Or Asc(ch) = &HA0&)
End Function

Function WithoutSpaces(s As String) As String
  Dim i As Long, out As String, ch As String
  out = ""
  For i = 1 To Len(s)
    ch = Mid(s, i, 1)
    If Not IsSpace(ch) Then out = out & ch
  Next i
  WithoutSpaces = out
End Function

Function HasSpace(s As String) As Boolean
  Dim i As Long
  HasSpace = False
  For i = 1 To Len(s)
    If IsSpace(Mid(s, i, 1)) Then HasSpace = True : Exit Function
  Next i
End Function

' Full-width ASCII to ASCII, U+3000 to a space, … to "...": what NFKC does to these values.
Function Folded(s As String) As String
  Dim i As Long, out As String, code As Long
  out = ""
  For i = 1 To Len(s)
    code = Asc(Mid(s, i, 1)) And &HFFFF&
    If code >= &HFF01& And code <= &HFF5E& Then
      out = out & Chr(code - &HFEE0&)
    ElseIf code = &H3000& Then
      out = out & " "
    ElseIf code = &H2026& Then
      out = out & "..."
    Else
      out = out & Mid(s, i, 1)
    End If
  Next i
  Folded = out
End Function

Function IsLetter(ch As String) As Boolean
  IsLetter = (ch >= "a" And ch <= "z") Or (ch >= "A" And ch <= "Z")
End Function

Function StripLatex(s As String) As String
  Dim i As Long, j As Long, n As Long, out As String, ch As String, nxt As String, word As String
  out = "" : i = 1 : n = Len(s)
  Do While i <= n
    ch = Mid(s, i, 1)
    If ch = "$" Then
      i = i + 1
    ElseIf ch <> "\" Or i = n Then
      out = out & ch : i = i + 1
    Else
      nxt = Mid(s, i + 1, 1)
      If InStr("()[],;:! ", nxt) > 0 Then
        i = i + 2
      ElseIf nxt = "%" Then
        out = out & "%" : i = i + 2
      Else
        j = i + 1
        Do While j <= n
          If Not IsLetter(Mid(s, j, 1)) Then Exit Do
          j = j + 1
        Loop
        word = Mid(s, i + 1, j - i - 1)
        Select Case word
          Case "geq", "ge" : out = out & "≥"
          Case "leq", "le" : out = out & "≤"
          Case "gt" : out = out & ">"
          Case "lt" : out = out & "<"
          Case Else : out = out & Mid(s, i, j - i)
        End Select
        i = j
      End If
    End If
  Loop
  StripLatex = out
End Function

Function IsDigit(ch As String) As Boolean
  IsDigit = (Len(ch) = 1 And ch >= "0" And ch <= "9")
End Function

' Length of the number at the start of s (digits, thousands groups, decimals), 0 when none.
Function NumberLength(s As String) As Long
  Dim i As Long, n As Long
  n = Len(s) : i = 1
  Do While i <= n
    If Not IsDigit(Mid(s, i, 1)) Then Exit Do
    i = i + 1
  Loop
  If i = 1 Then NumberLength = 0 : Exit Function
  Do While i + 3 <= n
    If Mid(s, i, 1) <> "," Or Not (IsDigit(Mid(s, i + 1, 1)) And IsDigit(Mid(s, i + 2, 1)) And IsDigit(Mid(s, i + 3, 1))) Then Exit Do
    i = i + 4
  Loop
  If i < n And Mid(s, i, 1) = "." And IsDigit(Mid(s, i + 1, 1)) Then
    i = i + 1
    Do While i <= n
      If Not IsDigit(Mid(s, i, 1)) Then Exit Do
      i = i + 1
    Loop
  End If
  NumberLength = i - 1
End Function

Function IsUnit(s As String) As Boolean
  IsUnit = InStr(Units, "|" & s & "|") > 0
End Function

Function OnlyPlaceholders(s As String) As Boolean
  Dim i As Long
  OnlyPlaceholders = Len(s) > 0
  For i = 1 To Len(s)
    If InStr("-_./\*~—–―−·、", Mid(s, i, 1)) = 0 Then OnlyPlaceholders = False : Exit Function
  Next i
End Function

Function HasCode(s As String, low As Long, high As Long, notLow As Long, notHigh As Long) As Boolean
  Dim i As Long, code As Long
  HasCode = False
  For i = 1 To Len(s)
    code = Asc(Mid(s, i, 1)) And &HFFFF&
    If code >= low And code <= high And Not (code >= notLow And code <= notHigh) Then HasCode = True : Exit Function
  Next i
End Function

Sub CheckValue(text As String, r As Long, c As Long)
  Dim value As String, fold As String, working As String, latex As Boolean, rest As String, tail As String
  Dim p As Long, k As Long, prefix As Long, suffix As Long, numLen As Long
  value = Trim(text)
  If WithoutSpaces(value) = "" Then Exit Sub
  fold = Folded(value)
  latex = (StripLatex(fold) <> fold)
  working = WithoutSpaces(StripLatex(fold))
  If working = "" Then Exit Sub
  prefix = -1
  For p = LBound(Prefixes) To UBound(Prefixes)
    If Left(working, Len(Prefixes(p))) = Prefixes(p) Then prefix = p : Exit For
  Next p
  rest = working
  If prefix >= 0 Then rest = Mid(working, Len(Prefixes(prefix)) + 1)
  numLen = NumberLength(rest)
  If numLen = 0 Then
    If OnlyPlaceholders(working) Then AddFinding(r, c, "placeholder-value")
    Exit Sub
  End If
  tail = Mid(rest, numLen + 1)
  suffix = -1
  For k = LBound(Suffixes) To UBound(Suffixes)
    If Len(tail) >= Len(Suffixes(k)) And Right(tail, Len(Suffixes(k))) = Suffixes(k) Then suffix = k : Exit For
  Next k
  If suffix >= 0 Then
    If prefix >= 0 Then Exit Sub
    tail = Left(tail, Len(tail) - Len(Suffixes(suffix)))
  End If
  If (Left(tail, 1) = "万" Or Left(tail, 1) = "亿") And (Len(tail) = 1 Or IsUnit(Mid(tail, 2))) Then tail = Mid(tail, 2)
  If tail <> "" And Not IsUnit(tail) Then
    If OnlyPlaceholders(working) Then AddFinding(r, c, "placeholder-value")
    Exit Sub
  End If
  If latex Then AddFinding(r, c, "latex-leftover")
  If HasCode(value, &HFF01&, &HFF5E&, &HFF1C&, &HFF1E&) Then AddFinding(r, c, "full-width-characters")
  If suffix >= 0 Or HasCode(value, &HFF1C&, &HFF1E&, 0, 0) Then
    AddFinding(r, c, "operator-variant")
  ElseIf prefix >= 0 Then
    If Prefixes(prefix) <> Canonical(prefix) Then AddFinding(r, c, "operator-variant")
  End If
  If Not latex And HasSpace(text) Then AddFinding(r, c, "whitespace-in-value")
  If tail = "" Then AddFinding(r, c, "missing-unit")
End Sub
