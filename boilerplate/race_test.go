//go:build race

package boilerplate

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = true
