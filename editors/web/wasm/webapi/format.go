package webapi

import (
	"errors"
	"fmt"

	"github.com/monty-tools/monty-tools/format"
	"github.com/monty-tools/monty-tools/source"
	"github.com/monty-tools/monty-tools/syntax"
)

// FormatRequest asks for a program formatted; zero options mean ruff's
// defaults (88 columns, 4 spaces, double quotes, magic trailing commas).
type FormatRequest struct {
	Source                 string `json:"source"`
	LineLength             int    `json:"lineLength"`
	IndentWidth            int    `json:"indentWidth"`
	QuoteStyle             string `json:"quoteStyle"` // "double", "single" or "preserve"
	SkipMagicTrailingComma bool   `json:"skipMagicTrailingComma"`
}

// FormatResult is the formatted text, or why there is none: the syntax
// errors of a program that does not parse, or another formatter error.
type FormatResult struct {
	OK           bool          `json:"ok"`
	Text         string        `json:"text,omitempty"`
	Changed      bool          `json:"changed"`
	Message      string        `json:"message,omitempty"`
	SyntaxErrors []SyntaxError `json:"syntaxErrors,omitempty"`
}

// SyntaxError is one parse error of a program that cannot be formatted.
type SyntaxError struct {
	Range   source.Range `json:"range"`
	Message string       `json:"message"`
}

func formatSource(req FormatRequest) (any, error) {
	if req.LineLength < 0 || req.LineLength > 320 {
		return nil, fmt.Errorf("lineLength %d: want 1 to 320 (0 for the default, 88)", req.LineLength)
	}
	if req.IndentWidth < 0 || req.IndentWidth > 16 {
		return nil, fmt.Errorf("indentWidth %d: want 1 to 16 (0 for the default, 4)", req.IndentWidth)
	}
	switch req.QuoteStyle {
	case "", "double", "single", "preserve":
	default:
		return nil, fmt.Errorf("quoteStyle %q: want \"double\", \"single\" or \"preserve\"", req.QuoteStyle)
	}
	src := []byte(req.Source)
	out, err := format.Source("main.py", src, format.Options{LineLength: req.LineLength, IndentWidth: req.IndentWidth,
		QuoteStyle: req.QuoteStyle, SkipMagicTrailingComma: req.SkipMagicTrailingComma})
	var se *format.SyntaxError
	switch {
	case errors.As(err, &se):
		// The formatter's errors are "file:line:col" strings; the parser
		// gives the same errors with spans, which become LSP ranges.
		res := FormatResult{Message: "the program does not parse"}
		_, errs := syntax.Parse("main.py", src, 0)
		m := source.NewMapper(src)
		for _, e := range errs {
			res.SyntaxErrors = append(res.SyntaxErrors, SyntaxError{Range: m.Range(e.Span), Message: e.Msg})
		}
		if len(res.SyntaxErrors) == 0 {
			res.Message = se.Error()
		}
		return res, nil
	case err != nil:
		return FormatResult{Message: err.Error()}, nil
	}
	return FormatResult{OK: true, Text: string(out), Changed: string(out) != req.Source}, nil
}
