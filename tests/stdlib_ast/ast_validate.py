# Validation of hand-built trees: patterns, contexts, positions.
import ast
def show(f):
    try:
        r = f(); print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
def match(pattern):
    return ast.fix_missing_locations(ast.Module([ast.Match(ast.Name('x', ast.Load()), [ast.match_case(pattern, None, [ast.Pass()])])], []))
show(lambda: compile(match(ast.MatchAs(None, '_')), 'f', 'exec'))
show(lambda: compile(match(ast.MatchValue(ast.Name('y', ast.Load()))), 'f', 'exec'))
show(lambda: compile(match(ast.MatchValue(ast.Constant(1))), 'f', 'exec'))
show(lambda: compile(match(ast.MatchSingleton(5)), 'f', 'exec'))
show(lambda: compile(match(ast.MatchStar('a')), 'f', 'exec'))
show(lambda: compile(match(ast.MatchMapping([ast.Name('k', ast.Load())], [ast.MatchAs()], None)), 'f', 'exec'))
show(lambda: compile(match(ast.MatchClass(ast.Name('C', ast.Load()), [], ['a'], [])), 'f', 'exec'))
show(lambda: compile(match(ast.MatchOr([ast.MatchAs(None, 'a')])), 'f', 'exec'))
show(lambda: compile(match(ast.MatchAs(ast.MatchAs(None, 'b'), 'a')), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Return(ast.Constant(1))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Yield()))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(ast.Name('f', ast.Load()), [ast.Starred(ast.Name('a', ast.Load()), ast.Load())], [ast.keyword(None, ast.Name('k', ast.Load()))]))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt(), ast.Gt()], [ast.Constant(2)]))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.JoinedStr([ast.Name('x', ast.Load())]))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.ImportFrom(None, [ast.alias('x')], 0)], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Global([])], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Assign([ast.Starred(ast.Name('a', ast.Store()), ast.Store())], ast.Constant(1))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Delete([ast.Call(ast.Name('f', ast.Load()), [], [])])], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Await(ast.Constant(1)))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Slice())], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name('a b', ast.Load()))], [])), 'f', 'exec'))
show(lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Constant(1, lineno=-1, col_offset=-1, end_lineno=-1, end_col_offset=-1))], [])), 'f', 'exec'))
