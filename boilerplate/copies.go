package boilerplate

import "hash/maphash"

// A copyTable finds, for a line of a document, the first line before it
// with the same text. Pages say many lines again: a menu at the top and at
// the bottom, "Reply" under every comment, a share row under every photo
// (a fifth of the lines of the dev corpus repeat a line of their page),
// and what the rules find in a line they find in each copy of it.
//
// It is an open-addressing table keyed by the hash of a line's text, whose
// slots hold a line's index + 1, 0 when empty. A doc leaves it to the next
// (see docBuffers); its slots hold no pointers, so that it keeps no text
// alive.
type copyTable struct {
	seed  maphash.Seed
	slots []int32
}

// reset empties t for a document of n lines.
func (t *copyTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
		t.seed = maphash.MakeSeed()
	}
}

// first returns the first line before line i with the text of line i, or
// -1 when there is none, and then line i is the first with its text. The
// lines are asked about in order, each once, after a reset for at least
// len(lines) lines.
func (t *copyTable) first(text string, lines []lineInfo, i int) int {
	s := text[lines[i].start:lines[i].end]
	mask := uint64(len(t.slots) - 1)
	for k := maphash.String(t.seed, s) & mask; ; k = (k + 1) & mask {
		f := int(t.slots[k]) - 1
		if f < 0 {
			t.slots[k] = int32(i + 1)
			return -1
		}
		if text[lines[f].start:lines[f].end] == s {
			return f
		}
	}
}
