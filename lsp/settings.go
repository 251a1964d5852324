package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"go.lsp.dev/protocol"

	"github.com/monty-tools/monty-tools/config"
	"github.com/monty-tools/monty-tools/profile"
)

// This file reads the editor's monty.* settings. The server uses two:
//
//   - monty.profile, the Monty version to check against, and
//   - monty.lineLength, the formatter's line length.
//
// The others the VS Code extension has (monty.path, monty.formatOnSave,
// monty.trace.server) are the client's business and are ignored here.
//
// Precedence: the project's configuration file wins, the editor's
// settings are the fallback. monty.profile applies to documents whose
// monty.toml (or [tool.monty]) names no profile, and to documents no
// configuration file governs; monty.lineLength likewise applies where the
// configuration file sets no line length ([monty.format] line-length, or
// ruff's in a pyproject.toml). (A lineLength property of the formatting
// request's options, which the extension also sends, is not read: the
// setting arrives as a setting.) So a project formats and checks the same in every
// editor and on the command line, and the settings serve files outside
// projects. (ruff's server offers both orders through its
// configurationPreference setting; this one is its "filesystemFirst".)
//
// The settings come from initializationOptions, from
// workspace/didChangeConfiguration ({"monty": {...}} or the settings
// themselves), and, when the client supports it, from
// workspace/configuration, asked for the "monty" section globally and per
// workspace folder after initialized and after each
// didChangeConfiguration. A change starts a new project generation, and
// the open documents are checked again. Bad values are logged and
// ignored, never fatal.

// settingsSection is the section of the editor's settings the server
// reads.
const settingsSection = "monty"

// editorSettings are the monty.* settings the server uses; zero values
// mean unset.
type editorSettings struct {
	Profile    string
	LineLength int
}

// settingsStore holds the settings of one project generation: the
// global ones and those of each workspace folder.
type settingsStore struct {
	global  editorSettings
	folders map[string]editorSettings // folder path -> its settings
}

// forDir returns the settings that apply in dir: those of the innermost
// workspace folder holding it, else the global ones.
func (st *settingsStore) forDir(dir string) editorSettings {
	if st == nil {
		return editorSettings{}
	}
	best, found := "", false
	for folder := range st.folders {
		if inDir(dir, folder) && len(folder) >= len(best) {
			best, found = folder, true
		}
	}
	if found {
		return st.folders[best]
	}
	return st.global
}

// inDir reports whether path is dir or lies below it.
func inDir(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// profileName is what a monty.profile setting may hold: an embedded
// profile's name or a path to a profile file.
var profileName = regexp.MustCompile(`^[A-Za-z0-9_.\-/\\:~]+$`)

// parseSettings reads settings sent by a client: an object holding a
// "monty" object, or the monty object itself (initializationOptions,
// workspace/configuration's answer). It returns what it could read and a
// description of each value it ignored.
func parseSettings(v any) (editorSettings, []string) {
	var out editorSettings
	m, _ := v.(map[string]any)
	if inner, ok := m[settingsSection].(map[string]any); ok {
		m = inner
	}
	var problems []string
	switch p := m["profile"].(type) {
	case nil:
	case string:
		if p = strings.TrimSpace(p); p != "" && !profileName.MatchString(p) {
			problems = append(problems, fmt.Sprintf("monty.profile %q is not a profile name such as monty-0.0.23", p))
		} else {
			out.Profile = p
		}
	default:
		problems = append(problems, fmt.Sprintf("monty.profile must be a string, not %v", p))
	}
	switch n := m["lineLength"].(type) {
	case nil:
	case float64:
		if n != float64(int(n)) || n < 1 || n > 320 {
			problems = append(problems, fmt.Sprintf("monty.lineLength must be an integer from 1 to 320, not %v", n))
		} else {
			out.LineLength = int(n)
		}
	default:
		problems = append(problems, fmt.Sprintf("monty.lineLength must be a number, not %v", n))
	}
	return out, problems
}

// applySettings returns cfg, the configuration of a project in dir (a
// default one when cfg.File is ""), with the editor's settings filling in
// what the file does not set. A profile setting that names no profile
// is logged and ignored.
func applySettings(cfg *config.Config, set editorSettings, logf func(string, ...any)) *config.Config {
	if set == (editorSettings{}) {
		return cfg
	}
	out := *cfg
	if set.Profile != "" && cfg.Profile == "" {
		path := set.Profile
		if strings.HasSuffix(path, ".json") && !filepath.IsAbs(path) {
			path = filepath.Join(cfg.Dir, filepath.FromSlash(path))
		}
		if _, err := profile.Load(path); err != nil {
			logf("the monty.profile setting: %v; ignored", err)
		} else {
			out.Profile = path
		}
	}
	if set.LineLength > 0 && !setsLineLength(cfg.File) {
		out.Format.LineLength = set.LineLength
	}
	return &out
}

// lineLengthKeys are the keys of a configuration file that set the line
// length.
var lineLengthKeys = [][]string{
	{"monty", "format", "line-length"},
	{"tool", "monty", "format", "line-length"},
	{"tool", "ruff", "line-length"},
}

// setsLineLength reports whether the configuration file at path sets the
// formatter's line length ("" is no file).
func setsLineLength(path string) bool {
	if path == "" {
		return false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var doc map[string]any
	if toml.Unmarshal(data, &doc) != nil {
		return false
	}
	for _, key := range lineLengthKeys {
		v := any(doc)
		for _, k := range key {
			m, _ := v.(map[string]any)
			v = m[k]
		}
		if v != nil {
			return true
		}
	}
	return false
}

// initSettings reads the settings of initializationOptions and starts the
// project generation that uses them.
func (s *server) initSettings(opts any) {
	set, problems := parseSettings(opts)
	s.warnSettings("initializationOptions", problems)
	s.sess.setSettings(&settingsStore{global: set})
	s.sess.reload(s.newProjects())
}

// warnSettings logs the settings a client sent that were ignored.
func (s *server) warnSettings(from string, problems []string) {
	for _, p := range problems {
		s.logf(protocol.MessageTypeWarning, "%s: %s; ignored", from, p)
	}
}

// configurationSupported reports whether the client answers
// workspace/configuration.
func (s *server) configurationSupported() bool {
	caps := s.clientCaps()
	return caps.Workspace != nil && caps.Workspace.Configuration
}

// pullSettings asks the client for the monty section, globally and for
// each workspace folder, and applies the answer: when it changed the
// settings, or always when force is set, the projects are reloaded. It
// runs on its own goroutine, since the answer comes through the
// connection's reader.
func (s *server) pullSettings(force bool) {
	folders := s.sess.workspaceFolders()
	items := []protocol.ConfigurationItem{{Section: settingsSection}}
	for _, f := range folders {
		items = append(items, protocol.ConfigurationItem{ScopeURI: protocol.URI(f.URI), Section: settingsSection})
	}
	var answer []json.RawMessage
	if _, err := s.conn.Call(s.ctx, protocol.MethodWorkspaceConfiguration, &protocol.ConfigurationParams{Items: items}, &answer); err != nil {
		if s.ctx.Err() == nil {
			s.logf(protocol.MessageTypeWarning, "workspace/configuration: %v", err)
		}
		if force {
			s.reload("configuration changed")
		}
		return
	}
	st := &settingsStore{folders: map[string]editorSettings{}}
	for i, raw := range answer {
		var v any
		_ = json.Unmarshal(raw, &v)
		set, problems := parseSettings(v)
		s.warnSettings("workspace/configuration", problems)
		switch {
		case i == 0:
			st.global = set
		case i <= len(folders):
			if path, ok := uriPath(protocol.DocumentURI(folders[i-1].URI)); ok {
				st.folders[path] = set
			}
		}
	}
	for path, set := range st.folders {
		if set == st.global {
			delete(st.folders, path) // the global settings apply there anyway
		}
	}
	if s.sess.setSettings(st) || force {
		s.reload("settings changed")
	}
}

// didChangeSettings applies workspace/didChangeConfiguration: the client
// is asked for the settings when it can answer, else they are read from
// the notification; the projects are reloaded in both cases, since the
// client sends it when the user's setup changed.
func (s *server) didChangeSettings(_ context.Context, settings any) {
	if s.configurationSupported() {
		s.goTracked(func() { s.pullSettings(true) })
		return
	}
	if settings != nil {
		set, problems := parseSettings(settings)
		s.warnSettings("workspace/didChangeConfiguration", problems)
		s.sess.setSettings(&settingsStore{global: set})
	}
	s.reload("configuration changed")
}

// sameSettings reports whether two stores hold the same settings; no
// store is the same as empty settings.
func sameSettings(a, b *settingsStore) bool {
	if a == nil {
		a = &settingsStore{}
	}
	if b == nil {
		b = &settingsStore{}
	}
	return a.global == b.global && (len(a.folders) == 0 && len(b.folders) == 0 || reflect.DeepEqual(a.folders, b.folders))
}
