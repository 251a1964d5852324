package source

// Offset is a byte offset into a file's content. Nodes and tokens store
// offsets only; lines and columns are derived on demand from a Lines index,
// so that an edit never leaves stale line numbers inside a tree.
type Offset int32

// Span is the half-open byte range [Start, End) of a token or node.
type Span struct {
	Start, End Offset
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return int(s.End - s.Start) }

// Contains reports whether inner lies entirely within s.
func (s Span) Contains(inner Span) bool {
	return s.Start <= inner.Start && inner.End <= s.End
}
