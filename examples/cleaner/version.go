package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// printVersion writes the module version the binary was built from, with
// the VCS revision when the build recorded one.
func printVersion(w io.Writer) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintln(w, "cleaner (unknown version)")
		return
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	fmt.Fprintf(w, "cleaner %s %s", info.Main.Path, version)
	if rev != "" && len(rev) >= 12 {
		fmt.Fprintf(w, " (%s%s)", rev[:12], modified)
	}
	fmt.Fprintf(w, " %s\n", info.GoVersion)
}
