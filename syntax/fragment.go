package syntax

import "bytes"

// ParseFragment parses src[start:end] as a run of top-level statements of
// the module src, for an editor that re-parses only the statements an edit
// touched. start must be the start of a line outside any statement (the
// scanner begins at indentation zero with no bracket open), and end the
// end of a line. The returned File holds the fragment's statements,
// comments and blank lines, with offsets in src; its Loc is the fragment
// and its Src is nil. Its errors are those of the fragment parsed alone:
// a fragment that parses without errors yields the same statements as
// the whole module does there, as long as the module parses the same
// text as statements of its own (the caller checks that the fragment
// ends where a statement ends and that src needs no transcoding, see
// PlainSource).
func ParseFragment(filename, src string, start, end int) (*File, ErrorList) {
	f := &File{Name: filename}
	p := newParser(src, f)
	p.sc.init(src, p.errHandler(), &f.Comments)
	p.sc.pos, p.sc.limit = start, end
	p.sc.blanks = &f.BlankLines
	p.next()
	f.Body = p.parseFileBody()
	f.Loc = loc(start, end)
	var errs ErrorList
	if len(p.errList) > 0 {
		errs = makeErrorList(filename, []byte(src[:end]), p.errList)
	}
	p.release()
	return f, errs
}

// PlainSource reports whether Parse reads src as it is: no byte order
// mark and no coding declaration that names an encoding other than
// UTF-8, so that offsets into src are offsets into the parsed text.
func PlainSource(src []byte) bool {
	if bytes.HasPrefix(src, []byte("\ufeff")) {
		return false
	}
	out, err := decodeSource(src)
	return err == nil && len(out) == len(src) && (len(src) == 0 || &out[0] == &src[0])
}
