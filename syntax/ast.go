package syntax

import "github.com/monty-tools/monty-tools/source"

// Node is implemented by every syntax tree node.
type Node interface {
	// Span returns the node's byte range in the file.
	Span() source.Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a pattern of a match statement's case clause.
type Pattern interface {
	Node
	patternNode()
}

// Loc is embedded in every node and records its half-open byte range. Nodes
// store offsets only; lines are derived through source.Lines.
type Loc struct {
	Start, End source.Offset
}

// Span returns the range recorded in l.
func (l Loc) Span() source.Span { return source.Span{Start: l.Start, End: l.End} }

// File is a parsed module.
type File struct {
	Loc
	Name     string
	Src      []byte // the source as UTF-8 (transcoded if a coding cookie names another encoding)
	Body     []Stmt
	Comments []Comment // every comment in source order, for the formatter
	// BlankLines holds the start of every blank line (nothing but
	// whitespace) between statements, in order, so that the formatter can
	// keep the author's spacing without rescanning the source.
	BlankLines []source.Offset
	// Uses312 is set when the file uses syntax that CPython 3.11 rejects
	// (type aliases, type parameters, PEP 701 f-strings), so that Dump can
	// print the module the way CPython 3.12 does.
	Uses312 bool
}

// Comment is a '#' comment; its span covers the '#' through the end of the
// line, excluding the line terminator.
type Comment struct {
	Loc
	Text string
}

// Ctx is the expression context of an assignable expression.
type Ctx uint8

// Expression contexts, as in CPython's ast (Load, Store, Del).
const (
	Load Ctx = iota
	Store
	Del
)

// ---- Expressions ----

// Ident is a name (CPython's Name).
type Ident struct {
	Loc
	Name string // NFKC-normalised
	Ctx  Ctx
}

// NumberKind tells integer, float and imaginary literals apart.
type NumberKind uint8

// Number literal kinds.
const (
	IntLit NumberKind = iota
	FloatLit
	ImagLit
)

// NumberLit is a numeric literal; its value is decoded on demand from Raw.
type NumberLit struct {
	Loc
	Kind NumberKind
	Raw  string // source text, underscores included
}

// ConstKind identifies the keyword-like constants.
type ConstKind uint8

// Keyword constants.
const (
	NoneConst ConstKind = iota
	TrueConst
	FalseConst
	EllipsisConst
)

// ConstLit is None, True, False or '...'.
type ConstLit struct {
	Loc
	Kind ConstKind
}

// StringExpr is one or more adjacent string literals, concatenated
// implicitly. Without f-string parts it is CPython's Constant; with them, its
// JoinedStr.
type StringExpr struct {
	Loc
	Parts   []*StringPart
	Bytes   bool // all parts are bytes literals
	FString bool // some part is an f-string
}

// StringFlags records a string literal's prefix and quoting.
type StringFlags uint8

// String literal flags.
const (
	RawStr      StringFlags = 1 << iota // r or R prefix
	BytesStr                            // b or B prefix
	FormatStr                           // f or F prefix
	UnicodeStr                          // u or U prefix
	TripleStr                           // ''' or """
	DoubleQuote                         // " rather than '
)

// StringPart is one literal token of a StringExpr.
type StringPart struct {
	Loc
	Flags StringFlags
	// Value is the decoded value of a plain string or bytes literal (bytes
	// as one Go byte per Python byte). Unused for f-strings.
	Value string
	// Elems holds an f-string's literal text and replacement fields.
	Elems []FStringElem
}

// FStringElem is a piece of an f-string: *FStringText or *FStringField.
type FStringElem interface {
	Node
	fstringElem()
}

// FStringText is literal text inside an f-string or its format spec.
type FStringText struct {
	Loc
	Value string // decoded: escapes processed, '{{' and '}}' halved
}

// FStringField is a replacement field '{expr=!c:spec}'.
type FStringField struct {
	Loc
	X          Expr
	Debug      string // for '{x = }': the text "x = " echoed before the value
	Conversion byte   // 0, 'r', 's' or 'a'
	HasSpec    bool
	Spec       []FStringElem // the format spec, itself text and fields
}

// BoolOp is 'and' or 'or'.
type BoolOp uint8

// Boolean operators.
const (
	And BoolOp = iota
	Or
)

// BoolExpr is a chain of 'and' or of 'or' (CPython's BoolOp).
type BoolExpr struct {
	Loc
	Op     BoolOp
	Values []Expr
}

// NamedExpr is an assignment expression 'x := v'.
type NamedExpr struct {
	Loc
	Target *Ident
	Value  Expr
}

// BinOp is a binary arithmetic or bitwise operator.
type BinOp uint8

// Binary operators, in CPython's order.
const (
	Add BinOp = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// BinaryExpr is 'x op y' (CPython's BinOp).
type BinaryExpr struct {
	Loc
	X  Expr
	Op BinOp
	Y  Expr
}

// UnaryOp is a unary operator.
type UnaryOp uint8

// Unary operators, in CPython's order.
const (
	Invert UnaryOp = iota
	Not
	UAdd
	USub
)

// UnaryExpr is 'op x' (CPython's UnaryOp).
type UnaryExpr struct {
	Loc
	Op UnaryOp
	X  Expr
}

// LambdaExpr is 'lambda params: body'.
type LambdaExpr struct {
	Loc
	Params *Params
	Body   Expr
}

// CondExpr is 'body if test else orelse' (CPython's IfExp).
type CondExpr struct {
	Loc
	Test, Body, Else Expr
}

// DictItem is one entry of a dict display; Key is nil for '**mapping'.
type DictItem struct {
	Key, Value Expr
}

// DictExpr is a dict display.
type DictExpr struct {
	Loc
	Items []DictItem
}

// SetExpr is a set display.
type SetExpr struct {
	Loc
	Elts []Expr
}

// ListExpr is a list display.
type ListExpr struct {
	Loc
	Elts []Expr
	Ctx  Ctx
}

// TupleExpr is a tuple display.
type TupleExpr struct {
	Loc
	Elts          []Expr
	Ctx           Ctx
	Parenthesized bool // the span includes the parentheses
}

// CompKind tells the four comprehension forms apart.
type CompKind uint8

// Comprehension kinds.
const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GeneratorExp
)

// CompExpr is a list, set or dict comprehension or a generator expression.
type CompExpr struct {
	Loc
	Kind  CompKind
	Elt   Expr // element, or key for DictComp
	Value Expr // value for DictComp
	For   []*Comprehension
	// Parenthesized is false for a generator that is a call's sole
	// argument without parentheses of its own.
	Parenthesized bool
}

// Comprehension is one 'for target in iter if cond...' clause.
type Comprehension struct {
	Loc
	Async  bool
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// AwaitExpr is 'await x'.
type AwaitExpr struct {
	Loc
	X Expr
}

// YieldExpr is 'yield [x]' or 'yield from x'.
type YieldExpr struct {
	Loc
	X    Expr // nil for a bare yield
	From bool
}

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators, in CPython's order.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// CompareExpr is a comparison chain 'a < b <= c'.
type CompareExpr struct {
	Loc
	X   Expr
	Ops []CmpOp
	Ys  []Expr
}

// Keyword is a 'name=value' call argument, or '**mapping' when Name is nil.
type Keyword struct {
	Loc
	Name  *Ident
	Value Expr
}

// CallExpr is 'fn(args...)'. Args keeps positional and starred arguments;
// Keywords keeps name=value and ** arguments, as CPython does.
type CallExpr struct {
	Loc
	Fn       Expr
	Args     []Expr
	Keywords []*Keyword
}

// AttrExpr is 'x.name' (CPython's Attribute).
type AttrExpr struct {
	Loc
	X    Expr
	Name *Ident
	Ctx  Ctx
}

// SubscriptExpr is 'x[index]'; a multi-part index is a TupleExpr.
type SubscriptExpr struct {
	Loc
	X     Expr
	Index Expr
	Ctx   Ctx
}

// SliceExpr is 'lo:hi:step' inside a subscript; each part may be nil.
type SliceExpr struct {
	Loc
	Lo, Hi, Step Expr
}

// StarredExpr is '*x'.
type StarredExpr struct {
	Loc
	X   Expr
	Ctx Ctx
}

// BadExpr stands for an expression that could not be parsed.
type BadExpr struct {
	Loc
}

// ---- Parameters ----

// Param is one parameter of a def or lambda.
type Param struct {
	Loc
	Name       *Ident
	Annotation Expr // nil if absent
	Default    Expr // nil if absent
}

// Params is a parameter list, grouped as in CPython's arguments node.
type Params struct {
	Loc
	PosOnly []*Param // before '/'
	Args    []*Param
	Vararg  *Param // *args, or nil
	KwOnly  []*Param
	Kwarg   *Param // **kwargs, or nil
	// Star is set for a bare '*' separator with no vararg name.
	Star bool
}

// TypeParamKind tells TypeVar, ParamSpec and TypeVarTuple apart.
type TypeParamKind uint8

// Type parameter kinds (PEP 695).
const (
	TypeVar TypeParamKind = iota
	ParamSpec
	TypeVarTuple
)

// TypeParam is one PEP 695 type parameter.
type TypeParam struct {
	Loc
	Kind  TypeParamKind
	Name  *Ident
	Bound Expr // ': bound' or ': (constraints)'; nil if absent
}

// ---- Statements ----

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Loc
	X Expr
}

// AssignStmt is 'a = b = value'.
type AssignStmt struct {
	Loc
	Targets []Expr
	Value   Expr
}

// AugAssignStmt is 'target op= value'.
type AugAssignStmt struct {
	Loc
	Target Expr
	Op     BinOp
	Value  Expr
}

// AnnAssignStmt is 'target: annotation [= value]'.
type AnnAssignStmt struct {
	Loc
	Target     Expr
	Annotation Expr
	Value      Expr // nil if absent
	Simple     bool // a plain name, not in parentheses
}

// TypeAliasStmt is 'type Name[params] = value' (Python 3.12).
type TypeAliasStmt struct {
	Loc
	Name       *Ident
	TypeParams []*TypeParam
	Value      Expr
}

// PassStmt is 'pass'.
type PassStmt struct{ Loc }

// BreakStmt is 'break'.
type BreakStmt struct{ Loc }

// ContinueStmt is 'continue'.
type ContinueStmt struct{ Loc }

// ReturnStmt is 'return [value]'.
type ReturnStmt struct {
	Loc
	Value Expr
}

// DelStmt is 'del targets'.
type DelStmt struct {
	Loc
	Targets []Expr
}

// RaiseStmt is 'raise [exc [from cause]]'.
type RaiseStmt struct {
	Loc
	Exc, Cause Expr
}

// AssertStmt is 'assert test [, msg]'.
type AssertStmt struct {
	Loc
	Test, Msg Expr
}

// GlobalStmt is 'global names'.
type GlobalStmt struct {
	Loc
	Names []*Ident
}

// NonlocalStmt is 'nonlocal names'.
type NonlocalStmt struct {
	Loc
	Names []*Ident
}

// Alias is 'name [as asname]' in an import; Name may be dotted or '*'.
type Alias struct {
	Loc
	Name   string
	AsName *Ident // nil if absent
}

// ImportStmt is 'import a.b as c, d'.
type ImportStmt struct {
	Loc
	Names []*Alias
}

// ImportFromStmt is 'from [.]module import names'.
type ImportFromStmt struct {
	Loc
	Module string // "" for 'from . import x'
	Level  int    // number of leading dots
	Names  []*Alias
	Parens bool // names in parentheses
}

// IfStmt is 'if test: body [elif/else]'. An elif clause is an IfStmt alone in
// Else with IsElif set.
type IfStmt struct {
	Loc
	Test   Expr
	Body   []Stmt
	Else   []Stmt
	IsElif bool
}

// WhileStmt is 'while test: body [else: orelse]'.
type WhileStmt struct {
	Loc
	Test Expr
	Body []Stmt
	Else []Stmt
}

// ForStmt is '[async] for target in iter: body [else: orelse]'.
type ForStmt struct {
	Loc
	Async  bool
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// WithItem is 'expr [as target]' in a with statement.
type WithItem struct {
	Loc
	X      Expr
	Target Expr // nil if absent
}

// WithStmt is '[async] with items: body'.
type WithStmt struct {
	Loc
	Async bool
	Items []*WithItem
	Body  []Stmt
}

// ExceptHandler is 'except [type [as name]]: body'.
type ExceptHandler struct {
	Loc
	Type Expr   // nil for a bare except
	Name *Ident // nil if absent
	Body []Stmt
}

// TryStmt is try/except/else/finally; Star marks 'except*'.
type TryStmt struct {
	Loc
	Body     []Stmt
	Handlers []*ExceptHandler
	Else     []Stmt
	Finally  []Stmt
	Star     bool
}

// FuncDef is '[async] def name[type params](params) -> returns: body'.
type FuncDef struct {
	Loc
	Async      bool
	Decorators []Expr
	Name       *Ident
	TypeParams []*TypeParam
	Params     *Params
	Returns    Expr // nil if absent
	Body       []Stmt
}

// ClassDef is 'class name[type params](bases, keywords): body'.
type ClassDef struct {
	Loc
	Decorators []Expr
	Name       *Ident
	TypeParams []*TypeParam
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
}

// MatchStmt is 'match subject: cases'.
type MatchStmt struct {
	Loc
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is 'case pattern [if guard]: body'.
type MatchCase struct {
	Loc
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// BadStmt stands for a statement that could not be parsed.
type BadStmt struct{ Loc }

// ---- Patterns ----

// ValuePattern matches a literal or dotted value (CPython's MatchValue).
type ValuePattern struct {
	Loc
	Value Expr
}

// SingletonPattern matches None, True or False (CPython's MatchSingleton).
type SingletonPattern struct {
	Loc
	Kind ConstKind
}

// SequencePattern is '[p, ...]' or '(p, ...)' (CPython's MatchSequence).
type SequencePattern struct {
	Loc
	Patterns []Pattern
}

// MappingPattern is '{key: p, ..., **rest}' (CPython's MatchMapping).
type MappingPattern struct {
	Loc
	Keys     []Expr
	Patterns []Pattern
	Rest     *Ident // nil if absent
}

// ClassPattern is 'Cls(p, ..., kw=p, ...)' (CPython's MatchClass).
type ClassPattern struct {
	Loc
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []*Ident
	KwdPatterns []Pattern
}

// StarPattern is '*name' or '*_' in a sequence pattern (CPython's MatchStar).
type StarPattern struct {
	Loc
	Name *Ident // nil for '*_'
}

// AsPattern is 'p as name', a capture 'name' (Pattern nil) or the wildcard
// '_' (both nil) (CPython's MatchAs).
type AsPattern struct {
	Loc
	Pattern Pattern
	Name    *Ident
}

// OrPattern is 'p | q | ...' (CPython's MatchOr).
type OrPattern struct {
	Loc
	Patterns []Pattern
}

// BadPattern stands for a pattern that could not be parsed.
type BadPattern struct{ Loc }

func (*Ident) exprNode()         {}
func (*NumberLit) exprNode()     {}
func (*ConstLit) exprNode()      {}
func (*StringExpr) exprNode()    {}
func (*BoolExpr) exprNode()      {}
func (*NamedExpr) exprNode()     {}
func (*BinaryExpr) exprNode()    {}
func (*UnaryExpr) exprNode()     {}
func (*LambdaExpr) exprNode()    {}
func (*CondExpr) exprNode()      {}
func (*DictExpr) exprNode()      {}
func (*SetExpr) exprNode()       {}
func (*ListExpr) exprNode()      {}
func (*TupleExpr) exprNode()     {}
func (*CompExpr) exprNode()      {}
func (*AwaitExpr) exprNode()     {}
func (*YieldExpr) exprNode()     {}
func (*CompareExpr) exprNode()   {}
func (*CallExpr) exprNode()      {}
func (*AttrExpr) exprNode()      {}
func (*SubscriptExpr) exprNode() {}
func (*SliceExpr) exprNode()     {}
func (*StarredExpr) exprNode()   {}
func (*BadExpr) exprNode()       {}

func (*ExprStmt) stmtNode()       {}
func (*AssignStmt) stmtNode()     {}
func (*AugAssignStmt) stmtNode()  {}
func (*AnnAssignStmt) stmtNode()  {}
func (*TypeAliasStmt) stmtNode()  {}
func (*PassStmt) stmtNode()       {}
func (*BreakStmt) stmtNode()      {}
func (*ContinueStmt) stmtNode()   {}
func (*ReturnStmt) stmtNode()     {}
func (*DelStmt) stmtNode()        {}
func (*RaiseStmt) stmtNode()      {}
func (*AssertStmt) stmtNode()     {}
func (*GlobalStmt) stmtNode()     {}
func (*NonlocalStmt) stmtNode()   {}
func (*ImportStmt) stmtNode()     {}
func (*ImportFromStmt) stmtNode() {}
func (*IfStmt) stmtNode()         {}
func (*WhileStmt) stmtNode()      {}
func (*ForStmt) stmtNode()        {}
func (*WithStmt) stmtNode()       {}
func (*TryStmt) stmtNode()        {}
func (*FuncDef) stmtNode()        {}
func (*ClassDef) stmtNode()       {}
func (*MatchStmt) stmtNode()      {}
func (*BadStmt) stmtNode()        {}

func (*ValuePattern) patternNode()     {}
func (*SingletonPattern) patternNode() {}
func (*SequencePattern) patternNode()  {}
func (*MappingPattern) patternNode()   {}
func (*ClassPattern) patternNode()     {}
func (*StarPattern) patternNode()      {}
func (*AsPattern) patternNode()        {}
func (*OrPattern) patternNode()        {}
func (*BadPattern) patternNode()       {}

func (*FStringText) fstringElem()  {}
func (*FStringField) fstringElem() {}
