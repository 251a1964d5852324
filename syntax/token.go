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

// keywordTable finds hard keywords by keywordHash, a perfect hash over
// them: each keyword has a slot of its own, so a lookup is one hash and at
// most one string comparison. TestKeywordHash checks that no two keywords
// share a slot; a new keyword may need new multipliers.
var keywordTable = func() (t [128]Token) {
	for k := FALSE; k <= YIELD; k++ {
		t[keywordHash(tokenNames[k])] = k
	}
	return t
}()

// keywordHash mixes the first and last bytes and the length of w, which
// must not be empty.
func keywordHash(w string) uint8 {
	return (w[0] + w[len(w)-1]*11 + uint8(len(w))) & 127
}

// lookupKeyword returns the token of the hard keyword spelled w, or NAME.
func lookupKeyword(w string) Token {
	if len(w) < 2 || len(w) > 8 {
		return NAME
	}
	if t := keywordTable[keywordHash(w)]; t != 0 && tokenNames[t] == w {
		return t
	}
	return NAME
}
