// Package config reads the Monty tools' configuration: the [monty] table
// of a monty.toml file, or the [tool.monty] table of a pyproject.toml, with
// ruff's formatter settings in pyproject.toml as fallbacks.
//
// # Format
//
//	[monty]
//	profile = "monty-0.0.23"   # target Monty version; "" means the newest
//	stubs = ["host.pyi"]       # stub files, relative to the config file
//	inputs = ["order_id"]      # extra inputs not typed in a stub
//	include = ["rules/**/*.py"]
//	exclude = ["rules/legacy/**"]
//
//	[monty.severity]           # per code or per rule name
//	M201 = "warning"           # "error" | "warning" | "info" | "hint" | "off"
//
//	[monty.format]
//	line-length = 100          # 1 to 320, default 88
//	indent-width = 4           # 1 to 16, default 4
//	quote-style = "double"     # "double" | "single" | "preserve"
//	skip-magic-trailing-comma = false  # true joins lists ending in "," that fit
//
// In pyproject.toml the same keys live under [tool.monty]. Where
// [tool.monty.format] leaves a setting out, ruff's own setting is used:
// [tool.ruff] line-length and indent-width, and [tool.ruff.format]
// quote-style and skip-magic-trailing-comma (indent-width is accepted
// there too). Ruff's tables are not validated: a value of the wrong type
// there is ignored.
//
// # Discovery
//
// [Find] walks up from a directory to the file-system root and stops at
// the first directory holding a monty.toml or a pyproject.toml with a
// [tool.monty] table; monty.toml wins when a directory has both.
//
// # Errors
//
// Problems in a configuration file are data with positions: [Load]
// returns an [ErrorList] of [*Error] values, each naming the file, a
// 1-based line and column (in code points, as in the rest of the tools),
// the dotted key involved and a message. Every problem is reported, not
// only the first: TOML syntax errors, values of the wrong type, unknown
// keys (at the key), bad severity values, patterns that do not compile and
// whatever the [Options] hooks reject. Load still returns a usable Config
// alongside the errors; a setting with a problem keeps its default.
// Validation that needs knowledge this package does not have (which
// profiles and diagnostic codes exist) is done by the caller's hooks in
// [Options], so this package imports nothing of the analyzer's.
//
// # TOML library
//
// The package uses github.com/pelletier/go-toml/v2 rather than
// github.com/BurntSushi/toml. Both decode TOML 1.0 correctly and report
// syntax errors with a line and column, but only go-toml exposes where
// each key and value sits in the file: its parser (package unstable)
// returns a tree whose nodes carry byte ranges. BurntSushi/toml records key
// positions only in unexported fields of its MetaData, so naming the line
// of an unknown key or of a value of the wrong type would need a second,
// hand-written TOML scanner here. The unstable package is outside
// go-toml's compatibility promise; its use is confined to keys.go and
// pinned by go.mod, and the decoding itself goes through the stable
// toml.Unmarshal.
package config
