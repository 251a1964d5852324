package syntax

// Token is the kind of a lexical token.
type Token uint8

// The token kinds. Keywords follow the operators so that IsKeyword is a
// range check; soft keywords (match, case, type, _) are scanned as NAME and
// recognised by the parser from context.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT

	NAME   // identifier
	INT    // 123, 0x7f, 1_000
	FLOAT  // 1.5, 1e10
	IMAG   // 1j
	STRING // 'x', b"y", f"{z}", """doc"""

	// Operators and delimiters.
	LPAREN     // (
	RPAREN     // )
	LBRACK     // [
	RBRACK     // ]
	LBRACE     // {
	RBRACE     // }
	COLON      // :
	COMMA      // ,
	SEMI       // ;
	PLUS       // +
	MINUS      // -
	STAR       // *
	SLASH      // /
	VBAR       // |
	AMPER      // &
	LESS       // <
	GREATER    // >
	EQUAL      // =
	DOT        // .
	PERCENT    // %
	EQEQUAL    // ==
	NOTEQUAL   // !=
	LESSEQUAL  // <=
	GREATEREQ  // >=
	TILDE      // ~
	CIRCUMFLEX // ^
	LSHIFT     // <<
	RSHIFT     // >>
	DOUBLESTAR // **
	PLUSEQ     // +=
	MINUSEQ    // -=
	STAREQ     // *=
	SLASHEQ    // /=
	PERCENTEQ  // %=
	AMPEREQ    // &=
	VBAREQ     // |=
	CIRCUMEQ   // ^=
	LSHIFTEQ   // <<=
	RSHIFTEQ   // >>=
	DSTAREQ    // **=
	DSLASH     // //
	DSLASHEQ   // //=
	AT         // @
	ATEQ       // @=
	ARROW      // ->
	ELLIPSIS   // ...
	WALRUS     // :=
	BANG       // ! (only inside f-string replacement fields)

	// Keywords.
	FALSE    // False
	NONE     // None
	TRUE     // True
	AND      // and
	AS       // as
	ASSERT   // assert
	ASYNC    // async
	AWAIT    // await
	BREAK    // break
	CLASS    // class
	CONTINUE // continue
	DEF      // def
	DEL      // del
	ELIF     // elif
	ELSE     // else
	EXCEPT   // except
	FINALLY  // finally
	FOR      // for
	FROM     // from
	GLOBAL   // global
	IF       // if
	IMPORT   // import
	IN       // in
	IS       // is
	LAMBDA   // lambda
	NONLOCAL // nonlocal
	NOT      // not
	OR       // or
	PASS     // pass
	RAISE    // raise
	RETURN   // return
	TRY      // try
	WHILE    // while
	WITH     // with
	YIELD    // yield

	numTokens
)

var tokenNames = [numTokens]string{
	ILLEGAL: "illegal token", EOF: "end of file", NEWLINE: "newline",
	INDENT: "indent", DEDENT: "dedent", NAME: "name", INT: "integer",
	FLOAT: "float", IMAG: "imaginary number", STRING: "string",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*",
	SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=",
	DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=",
	GREATEREQ: ">=", TILDE: "~", CIRCUMFLEX: "^", LSHIFT: "<<", RSHIFT: ">>",
	DOUBLESTAR: "**", PLUSEQ: "+=", MINUSEQ: "-=", STAREQ: "*=", SLASHEQ: "/=",
	PERCENTEQ: "%=", AMPEREQ: "&=", VBAREQ: "|=", CIRCUMEQ: "^=",
	LSHIFTEQ: "<<=", RSHIFTEQ: ">>=", DSTAREQ: "**=", DSLASH: "//",
	DSLASHEQ: "//=", AT: "@", ATEQ: "@=", ARROW: "->", ELLIPSIS: "...",
	WALRUS: ":=", BANG: "!",
	FALSE: "False", NONE: "None", TRUE: "True", AND: "and", AS: "as",
	ASSERT: "assert", ASYNC: "async", AWAIT: "await", BREAK: "break",
	CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FINALLY: "finally",
	FOR: "for", FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import",
	IN: "in", IS: "is", LAMBDA: "lambda", NONLOCAL: "nonlocal", NOT: "not",
	OR: "or", PASS: "pass", RAISE: "raise", RETURN: "return", TRY: "try",
	WHILE: "while", WITH: "with", YIELD: "yield",
}

// String returns the token's spelling, or a description for kinds that have
// no fixed spelling ("name", "newline").
func (t Token) String() string {
	if t < numTokens {
		return tokenNames[t]
	}
	return "token(?)"
}

// IsKeyword reports whether t is a hard keyword.
func (t Token) IsKeyword() bool { return FALSE <= t && t <= YIELD }

// keywords maps each hard keyword's spelling to its token.
var keywords = func() map[string]Token {
	m := make(map[string]Token, YIELD-FALSE+1)
	for t := FALSE; t <= YIELD; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()
