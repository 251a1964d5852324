package syntax

// Inspect traverses the tree rooted at n in depth-first order: it calls
// f(n); if that returns true, Inspect visits each non-nil child of n in
// source order and then calls f(nil), as go/ast.Inspect does.
//
// Every node type of this package is visited: files, statements,
// expressions and patterns, and also the helper nodes *Params, *Param,
// *Keyword, *Comprehension, *WithItem, *ExceptHandler, *MatchCase, *Alias,
// *TypeParam, *StringPart, *FStringText and *FStringField, and the *Ident
// nodes that name definitions, attributes, parameters, keywords and
// captures. DictItem is not a node; a dict's keys and values are visited
// directly, in source order. File.Comments are not visited.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	inspectChildren(n, f)
	f(nil)
}

func inspectStmts(list []Stmt, f func(Node) bool) {
	for _, s := range list {
		if s != nil {
			Inspect(s, f)
		}
	}
}

func inspectExprs(list []Expr, f func(Node) bool) {
	for _, e := range list {
		if e != nil {
			Inspect(e, f)
		}
	}
}

func inspectPatterns(list []Pattern, f func(Node) bool) {
	for _, p := range list {
		if p != nil {
			Inspect(p, f)
		}
	}
}

func inspectExpr(e Expr, f func(Node) bool) {
	if e != nil {
		Inspect(e, f)
	}
}

func inspectIdent(id *Ident, f func(Node) bool) {
	if id != nil {
		Inspect(id, f)
	}
}

func inspectTypeParams(list []*TypeParam, f func(Node) bool) {
	for _, tp := range list {
		if tp != nil {
			Inspect(tp, f)
		}
	}
}

// inspectArgs visits positional arguments (or bases) and keywords merged by
// their start offsets, since '*a' may follow 'k=v' in a call.
func inspectArgs(args []Expr, kws []*Keyword, f func(Node) bool) {
	i, j := 0, 0
	for i < len(args) || j < len(kws) {
		switch {
		case i < len(args) && args[i] == nil:
			i++
		case j < len(kws) && kws[j] == nil:
			j++
		case j == len(kws) || (i < len(args) && args[i].Span().Start <= kws[j].Start):
			Inspect(args[i], f)
			i++
		default:
			Inspect(kws[j], f)
			j++
		}
	}
}

func inspectElems(list []FStringElem, f func(Node) bool) {
	for _, el := range list {
		if el != nil {
			Inspect(el, f)
		}
	}
}

func inspectChildren(n Node, f func(Node) bool) {
	switch n := n.(type) {
	case *File:
		inspectStmts(n.Body, f)

	// Expressions.
	case *Ident, *NumberLit, *ConstLit, *BadExpr:
	case *StringExpr:
		for _, p := range n.Parts {
			if p != nil {
				Inspect(p, f)
			}
		}
	case *StringPart:
		inspectElems(n.Elems, f)
	case *FStringText:
	case *FStringField:
		inspectExpr(n.X, f)
		inspectElems(n.Spec, f)
	case *BoolExpr:
		inspectExprs(n.Values, f)
	case *NamedExpr:
		inspectIdent(n.Target, f)
		inspectExpr(n.Value, f)
	case *BinaryExpr:
		inspectExpr(n.X, f)
		inspectExpr(n.Y, f)
	case *UnaryExpr:
		inspectExpr(n.X, f)
	case *LambdaExpr:
		if n.Params != nil {
			Inspect(n.Params, f)
		}
		inspectExpr(n.Body, f)
	case *CondExpr:
		inspectExpr(n.Body, f)
		inspectExpr(n.Test, f)
		inspectExpr(n.Else, f)
	case *DictExpr:
		for _, it := range n.Items {
			inspectExpr(it.Key, f)
			inspectExpr(it.Value, f)
		}
	case *SetExpr:
		inspectExprs(n.Elts, f)
	case *ListExpr:
		inspectExprs(n.Elts, f)
	case *TupleExpr:
		inspectExprs(n.Elts, f)
	case *CompExpr:
		inspectExpr(n.Elt, f)
		inspectExpr(n.Value, f)
		for _, c := range n.For {
			if c != nil {
				Inspect(c, f)
			}
		}
	case *Comprehension:
		inspectExpr(n.Target, f)
		inspectExpr(n.Iter, f)
		inspectExprs(n.Ifs, f)
	case *AwaitExpr:
		inspectExpr(n.X, f)
	case *YieldExpr:
		inspectExpr(n.X, f)
	case *CompareExpr:
		inspectExpr(n.X, f)
		inspectExprs(n.Ys, f)
	case *Keyword:
		inspectIdent(n.Name, f)
		inspectExpr(n.Value, f)
	case *CallExpr:
		inspectExpr(n.Fn, f)
		inspectArgs(n.Args, n.Keywords, f)
	case *AttrExpr:
		inspectExpr(n.X, f)
		inspectIdent(n.Name, f)
	case *SubscriptExpr:
		inspectExpr(n.X, f)
		inspectExpr(n.Index, f)
	case *SliceExpr:
		inspectExpr(n.Lo, f)
		inspectExpr(n.Hi, f)
		inspectExpr(n.Step, f)
	case *StarredExpr:
		inspectExpr(n.X, f)

	// Parameters.
	case *Params:
		for _, list := range [2][]*Param{n.PosOnly, n.Args} {
			for _, p := range list {
				if p != nil {
					Inspect(p, f)
				}
			}
		}
		if n.Vararg != nil {
			Inspect(n.Vararg, f)
		}
		for _, p := range n.KwOnly {
			if p != nil {
				Inspect(p, f)
			}
		}
		if n.Kwarg != nil {
			Inspect(n.Kwarg, f)
		}
	case *Param:
		inspectIdent(n.Name, f)
		inspectExpr(n.Annotation, f)
		inspectExpr(n.Default, f)
	case *TypeParam:
		inspectIdent(n.Name, f)
		inspectExpr(n.Bound, f)

	// Statements.
	case *PassStmt, *BreakStmt, *ContinueStmt, *BadStmt:
	case *ExprStmt:
		inspectExpr(n.X, f)
	case *AssignStmt:
		inspectExprs(n.Targets, f)
		inspectExpr(n.Value, f)
	case *AugAssignStmt:
		inspectExpr(n.Target, f)
		inspectExpr(n.Value, f)
	case *AnnAssignStmt:
		inspectExpr(n.Target, f)
		inspectExpr(n.Annotation, f)
		inspectExpr(n.Value, f)
	case *TypeAliasStmt:
		inspectIdent(n.Name, f)
		inspectTypeParams(n.TypeParams, f)
		inspectExpr(n.Value, f)
	case *ReturnStmt:
		inspectExpr(n.Value, f)
	case *DelStmt:
		inspectExprs(n.Targets, f)
	case *RaiseStmt:
		inspectExpr(n.Exc, f)
		inspectExpr(n.Cause, f)
	case *AssertStmt:
		inspectExpr(n.Test, f)
		inspectExpr(n.Msg, f)
	case *GlobalStmt:
		for _, id := range n.Names {
			inspectIdent(id, f)
		}
	case *NonlocalStmt:
		for _, id := range n.Names {
			inspectIdent(id, f)
		}
	case *Alias:
		inspectIdent(n.AsName, f)
	case *ImportStmt:
		for _, a := range n.Names {
			if a != nil {
				Inspect(a, f)
			}
		}
	case *ImportFromStmt:
		for _, a := range n.Names {
			if a != nil {
				Inspect(a, f)
			}
		}
	case *IfStmt:
		inspectExpr(n.Test, f)
		inspectStmts(n.Body, f)
		inspectStmts(n.Else, f)
	case *WhileStmt:
		inspectExpr(n.Test, f)
		inspectStmts(n.Body, f)
		inspectStmts(n.Else, f)
	case *ForStmt:
		inspectExpr(n.Target, f)
		inspectExpr(n.Iter, f)
		inspectStmts(n.Body, f)
		inspectStmts(n.Else, f)
	case *WithItem:
		inspectExpr(n.X, f)
		inspectExpr(n.Target, f)
	case *WithStmt:
		for _, it := range n.Items {
			if it != nil {
				Inspect(it, f)
			}
		}
		inspectStmts(n.Body, f)
	case *ExceptHandler:
		inspectExpr(n.Type, f)
		inspectIdent(n.Name, f)
		inspectStmts(n.Body, f)
	case *TryStmt:
		inspectStmts(n.Body, f)
		for _, h := range n.Handlers {
			if h != nil {
				Inspect(h, f)
			}
		}
		inspectStmts(n.Else, f)
		inspectStmts(n.Finally, f)
	case *FuncDef:
		inspectExprs(n.Decorators, f)
		inspectIdent(n.Name, f)
		inspectTypeParams(n.TypeParams, f)
		if n.Params != nil {
			Inspect(n.Params, f)
		}
		inspectExpr(n.Returns, f)
		inspectStmts(n.Body, f)
	case *ClassDef:
		inspectExprs(n.Decorators, f)
		inspectIdent(n.Name, f)
		inspectTypeParams(n.TypeParams, f)
		inspectArgs(n.Bases, n.Keywords, f)
		inspectStmts(n.Body, f)
	case *MatchStmt:
		inspectExpr(n.Subject, f)
		for _, c := range n.Cases {
			if c != nil {
				Inspect(c, f)
			}
		}
	case *MatchCase:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
		inspectExpr(n.Guard, f)
		inspectStmts(n.Body, f)

	// Patterns.
	case *ValuePattern:
		inspectExpr(n.Value, f)
	case *SingletonPattern, *BadPattern:
	case *SequencePattern:
		inspectPatterns(n.Patterns, f)
	case *MappingPattern:
		for i := 0; i < len(n.Keys) || i < len(n.Patterns); i++ {
			if i < len(n.Keys) {
				inspectExpr(n.Keys[i], f)
			}
			if i < len(n.Patterns) && n.Patterns[i] != nil {
				Inspect(n.Patterns[i], f)
			}
		}
		inspectIdent(n.Rest, f)
	case *ClassPattern:
		inspectExpr(n.Cls, f)
		inspectPatterns(n.Patterns, f)
		for i := 0; i < len(n.KwdAttrs) || i < len(n.KwdPatterns); i++ {
			if i < len(n.KwdAttrs) {
				inspectIdent(n.KwdAttrs[i], f)
			}
			if i < len(n.KwdPatterns) && n.KwdPatterns[i] != nil {
				Inspect(n.KwdPatterns[i], f)
			}
		}
	case *StarPattern:
		inspectIdent(n.Name, f)
	case *AsPattern:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
		inspectIdent(n.Name, f)
	case *OrPattern:
		inspectPatterns(n.Patterns, f)
	}
}
