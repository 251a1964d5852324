// Package source maps between the byte offsets used inside the tools and
// the human and editor-facing positions used at their edges.
//
// # Design
//
// Offsets are canonical. Tokens and syntax nodes store only byte offsets
// ([Offset], [Span]) into one version of a file's content. Nothing inside a
// tree stores a line or a column, so an edit never leaves a stale line
// number behind.
//
// Lines are derived. A [Lines] index is built once per content version by
// [NewLines] and answers line questions (line count, line start, the line
// containing an offset) with a slice lookup or a binary search. A line ends
// at "\n", at "\r\n" (one line ending, not two) or at a lone "\r". A file
// with n line endings has n+1 lines: an empty file has one empty line, and
// a file ending in a newline has an empty last line after it.
//
// Columns are computed on demand by scanning one line. Human positions
// ([Pos], printed as "line:col" in file:line:col messages) are 1-based and
// count Unicode code points. LSP positions ([Position], [Range]) are
// 0-based and count UTF-16 code units; UTF-16 appears only at this LSP edge
// and only in [Mapper]. In both, each byte of invalid UTF-8 counts as one
// unit and a tab counts as one unit.
//
// # Clamping
//
// Conversions never panic and never fail; out-of-range input is clamped:
//
//   - An offset below 0 is treated as 0 and one above the content length
//     as the content length (end of file).
//   - An offset inside a multi-byte UTF-8 sequence denotes the code point
//     that contains it (its column is that of the code point's start).
//   - An offset inside a line terminator (between "\r" and "\n") denotes
//     the end of that line, before the terminator.
//   - An LSP line past the last line denotes the end of file.
//   - An LSP character past the end of its line denotes the end of that
//     line, before the terminator.
//   - An LSP character in the middle of a surrogate pair denotes the start
//     of that code point.
//   - A range or span whose end precedes its start is normalized by
//     swapping the two ends.
//
// Offsets are 32-bit, so content must be smaller than 2 GiB.
package source
