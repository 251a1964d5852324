package lsp

import (
	"github.com/monty-tools/monty-tools/analysis"
	"github.com/monty-tools/monty-tools/source"
)

// This file moves the quick fixes of diagnostics along with them on the
// incremental path (incremental.go), and tells the fixes that can move
// from those that cannot.

// starImportCode is the code of the star-import diagnostic, whose fix
// lists the names the whole module uses: it is right only for the
// version it was computed on, and only from a check of the whole module.
var starImportCode = func() string {
	info, _ := analysis.LookupCode("unsupported-star-import")
	return info.Code
}()

// localFixes returns the fixes of d that depend only on the text they
// edit and on the bindings the incremental analysis tracks: all of them
// except the star import's.
func localFixes(d analysis.Diagnostic) []analysis.Fix {
	if d.Code == starImportCode {
		return nil
	}
	return d.Fixes
}

// mapFixes returns fixes with every edit's span mapped through conv. The
// fixes are copied: the originals may be shared with a cache.
func mapFixes(fixes []analysis.Fix, conv func(source.Offset) source.Offset) []analysis.Fix {
	if len(fixes) == 0 {
		return fixes
	}
	out := make([]analysis.Fix, len(fixes))
	for i, f := range fixes {
		edits := make([]analysis.TextEdit, len(f.Edits))
		for j, e := range f.Edits {
			e.Span.Start, e.Span.End = conv(e.Span.Start), conv(e.Span.End)
			edits[j] = e
		}
		f.Edits = edits
		out[i] = f
	}
	return out
}
