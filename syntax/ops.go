package syntax

var cmpOpText = [...]string{Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in"}

// String returns the operator as written in source ("<=", "not in").
func (op CmpOp) String() string {
	if int(op) < len(cmpOpText) {
		return cmpOpText[op]
	}
	return "?"
}
