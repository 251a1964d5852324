package format

import "github.com/monty-tools/monty-tools/config"

// FromConfig returns the formatter options a project's [monty.format]
// settings ask for, so that montyfmt, the language server and the browser
// package format a project alike.
func FromConfig(f config.Format) Options {
	return Options{
		LineLength:             f.LineLength,
		IndentWidth:            f.IndentWidth,
		QuoteStyle:             f.QuoteStyle,
		SkipMagicTrailingComma: f.SkipMagicTrailingComma,
	}
}
