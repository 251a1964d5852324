//go:build race

package interp

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = true
