// Parser: every statement and expression construct in one program, compared with its AST
// dump (kinds, attributes and the line each node carries).
#include "TestUtil.h"

#include <doctest/doctest.h>

static const char* const kProgram = R"PY(try:
    a()
except (E1, E2) as e:
    raise X from e
except E3:
    pass
except:
    raise
else:
    b()
finally:
    c()
with open(p) as f, lock:
    del f.x, d[0]
async def g(*, k=1, **kw) -> int:
    async with m as n:
        await n.q()
    async for i in it:
        yield i
    yield from z
@dec
@mod.dec(1, key=2)
class C(B, metaclass=M):
    x: int = 1
    def m(self, a, b=2, *args, c, d=3, **kw):
        global G
        nonlocal_ = lambda q=1: q
        return super().m(a)
import a.b as ab, c
from ..pkg import (x as y, z)
from . import *
assert ok, "msg"
v = [*a, b] if (n := len(a)) > 1 < 2 else {k: v for k, v in d.items() if k}
s = f"{v!r:>{w}}" 'tail'
t = x[1:2:3, ::-1]
*first, last = s
)PY";

TEST_CASE("parser: every construct") {
    CHECK_EQ("\n" + mpyc::test::parse(kProgram), R"(
Module @1
  Try @1
    body:
      ExprStmt @2
        AtomExpr @2
          atom: Name a @2
          CallTrailer @2
    except as e @3
      type: Tuple paren @3
        Name E1 @3
        Name E2 @3
      body:
        Raise @4
          exc: Name X @4
          from: Name e @4
    except @5
      type: Name E3 @5
      body:
        Pass @6
    except @7
      body:
        Raise @8
    else:
      ExprStmt @10
        AtomExpr @10
          atom: Name b @10
          CallTrailer @10
    finally:
      ExprStmt @12
        AtomExpr @12
          atom: Name c @12
          CallTrailer @12
  With @13
    item: AtomExpr @13
      atom: Name open @13
      CallTrailer @13
        arg
          Name p @13
      as: Name f @13
    item: Name lock @13
    body:
      Del @14
        AtomExpr @14
          atom: Name f @14
          AttrTrailer x @14
        AtomExpr @14
          atom: Name d @14
          IndexTrailer @14
            Const 0 @14
  FunctionDef async g @15
    param *
    param k
      default: Const 1 @15
    param **kw
    returns: Name int @15
    body:
      With async @16
        item: Name m @16
          as: Name n @16
        body:
          ExprStmt @17
            AtomExpr await @17
              atom: Name n @17
              AttrTrailer q @17
              CallTrailer @17
      For async @18
        target: Name i @18
        iter: Name it @18
        body:
          ExprStmt @19
            Yield @19
              Name i @19
      ExprStmt @20
        Yield from @20
          Name z @20
  ClassDef C @21
    @dec
    @mod.dec(...)
      arg
        Const 1 @22
      kwarg
        name: Name key @22
        Const 2 @22
    arg
      Name B @23
    kwarg
      name: Name metaclass @23
      Name M @23
    body:
      AnnAssign @24
        target: Name x @24
        annotation: Name int @24
        value: Const 1 @24
      FunctionDef m @25
        param self
        param a
        param b
          default: Const 2 @25
        param *args
        param c
        param d
          default: Const 3 @25
        param **kw
        body:
          Global G @26
          Assign @27
            target: Name nonlocal_ @27
            value: Lambda @27
              param q
                default: Const 1 @27
              body: Name q @27
          Return @28
            AtomExpr @28
              atom: Name super @28
              CallTrailer @28
              AttrTrailer m @28
              CallTrailer @28
                arg
                  Name a @28
  Import @29
    a.b as ab
    c
  ImportFrom ..pkg @30
    x as y
    z
  ImportFrom . @31
    *
  Assert @32
    test: Name ok @32
    msg: Const 'msg' interned @32
  Assign @33
    target: Name v @33
    value: IfExp @33
      body: List @33
        Star @33
          Name a @33
        Name b @33
      test: Compare @33
        NamedExpr @33
          target: Name n @33
          value: AtomExpr @33
            atom: Name len @33
            CallTrailer @33
              arg
                Name a @33
        >: Const 1 @33
        <: Const 2 @33
      else: Comprehension dict @33
        elt: DictItem @33
          key: Name k @33
          value: Name v @33
        for: Tuple bare @33
          Name k @33
          Name v @33
        in: AtomExpr @33
          atom: Name d @33
          AttrTrailer items @33
          CallTrailer @33
        if: Name k @33
  Assign @34
    target: Name s @34
    value: AtomExpr @34
      atom: Const '{!r:>{}}tail' @34
      AttrTrailer format @34
      CallTrailer @34
        arg
          Name v @34
        arg
          Name w @34
  Assign @35
    target: Name t @35
    value: AtomExpr @35
      atom: Name x @35
      IndexTrailer @35
        Tuple bare @35
          Slice @35
            lower: Const 1 @35
            upper: Const 2 @35
            step: Const 3 @35
          Slice @35
            step: Unary - @35
              Const 1 @35
  Assign @36
    target: Tuple bare @36
      Star @36
        Name first @36
      Name last @36
    value: Name s @36
)");
}
