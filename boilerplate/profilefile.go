package boilerplate

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
)

// The profile file format, version 1. All integers are unsigned varints
// (encoding/binary's Uvarint) unless said otherwise.
//
//	magic      8 bytes: 0x89 'B' 'S' 'P' '\r' '\n' 0x1a '\n'
//	version    1
//	mode       one byte: 0 exact counts, 1 count-min sketch
//	pages      the pages learned
//	placed     of them, the pages learned with block signatures (≤ pages)
//	exact:     n (≤ 65,536), then n pairs in increasing fingerprint order:
//	           the fingerprint's difference from the one before (the first
//	           from 0; > 0 after the first), and its count (1 ≤ count ≤ pages)
//	sketch:    depth (4), width (65,536), n, then n pairs for the non-zero
//	           counters in increasing order of their index row×width+column:
//	           the index's difference from the one before (the first from
//	           0; > 0 after the first), and the counter (1 ≤ counter)
//	checksum   4 bytes, little-endian: CRC-32 (Castagnoli) of every byte
//	           before it
//
// Nothing follows the checksum. Equal profiles give equal files. The
// fingerprints are those of profile.go (lineFingerprint, blockFingerprint,
// placedFingerprint) and the sketch's columns those of sketchIndex: a
// change to any of them is a new version, and a file of another version
// is refused rather than misread.

// ProfileVersion is the version of the profile file format that this
// package writes and reads.
const ProfileVersion = 1

// profileMagic starts every profile file. Like PNG's signature, it has a
// byte with the high bit set and the line endings that text-mode
// transfers change, so that a damaged or foreign file is told apart.
const profileMagic = "\x89BSP\r\n\x1a\n"

// MaxProfileSize is the largest profile file ReadProfile reads: larger
// than any file this package writes (a full sketch is at most about
// 2.5 MB).
const MaxProfileSize = 16 << 20

// ErrBadProfile is wrapped by the errors of ReadProfile and
// UnmarshalBinary for data that is not a profile this package can read:
// another kind of file, another version, or a damaged profile.
var ErrBadProfile = errors.New("not a boilerstrip profile")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// MarshalBinary encodes p in the profile file format.
func (p *Profile) MarshalBinary() ([]byte, error) {
	b := []byte(profileMagic)
	b = binary.AppendUvarint(b, ProfileVersion)
	if p.sketch == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
	}
	b = binary.AppendUvarint(b, p.pages)
	b = binary.AppendUvarint(b, p.placed)
	if p.sketch == nil {
		fps := make([]uint64, 0, len(p.exact))
		for fp := range p.exact {
			fps = append(fps, fp)
		}
		slices.Sort(fps)
		b = binary.AppendUvarint(b, uint64(len(fps)))
		prev := uint64(0)
		for _, fp := range fps {
			b = binary.AppendUvarint(b, fp-prev)
			b = binary.AppendUvarint(b, uint64(p.exact[fp]))
			prev = fp
		}
	} else {
		b = binary.AppendUvarint(b, sketchDepth)
		b = binary.AppendUvarint(b, sketchWidth)
		n := 0
		for _, c := range p.sketch {
			if c != 0 {
				n++
			}
		}
		b = binary.AppendUvarint(b, uint64(n))
		prev := 0
		for k, c := range p.sketch {
			if c != 0 {
				b = binary.AppendUvarint(b, uint64(k-prev))
				b = binary.AppendUvarint(b, uint64(c))
				prev = k
			}
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

// WriteTo writes p to w in the profile file format.
func (p *Profile) WriteTo(w io.Writer) (int64, error) {
	b, err := p.MarshalBinary()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(b)
	return int64(n), err
}

// ReadProfile reads a profile file (see Profile.WriteTo) from r, to its
// end. Data that is not a profile of ProfileVersion, is damaged or longer
// than MaxProfileSize gives an error wrapping ErrBadProfile that says
// what is wrong; a read error is returned wrapped.
func ReadProfile(r io.Reader) (*Profile, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, MaxProfileSize+1))
	if err != nil {
		return nil, fmt.Errorf("boilerplate: reading profile: %w", err)
	}
	if n > MaxProfileSize {
		return nil, fmt.Errorf("boilerplate: %w: more than %d bytes", ErrBadProfile, MaxProfileSize)
	}
	p := &Profile{}
	if err := p.UnmarshalBinary(buf.Bytes()); err != nil {
		return nil, err
	}
	return p, nil
}

// UnmarshalBinary decodes a profile written by MarshalBinary into p,
// replacing what p held. On error p is unchanged.
func (p *Profile) UnmarshalBinary(data []byte) error {
	q, err := decodeProfile(data)
	if err != nil {
		return fmt.Errorf("boilerplate: %w", err)
	}
	*p = *q
	return nil
}

// decodeProfile checks and decodes a profile file.
func decodeProfile(data []byte) (*Profile, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadProfile, fmt.Sprintf(format, args...))
	}
	if len(data) < len(profileMagic) || string(data[:len(profileMagic)]) != profileMagic {
		return nil, bad("the file does not start with the profile signature")
	}
	if len(data) < len(profileMagic)+4 {
		return nil, bad("truncated")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	d := decoder{b: body[len(profileMagic):]}
	// The version is read before the checksum is checked, so that a file
	// of a later version says so rather than "damaged".
	version := d.uvarint()
	if d.err == nil && version != ProfileVersion {
		return nil, bad("profile format version %d; this build reads version %d", version, ProfileVersion)
	}
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, bad("checksum mismatch: the file is damaged or truncated")
	}
	mode := d.byte()
	p := &Profile{pages: d.uvarint(), placed: d.uvarint()}
	if d.err == nil && p.placed > p.pages {
		return nil, bad("%d pages with block signatures of %d pages", p.placed, p.pages)
	}
	switch {
	case d.err != nil:
	case mode == 0:
		n := d.uvarint()
		if n > exactCap {
			return nil, bad("%d exact counts, more than %d", n, exactCap)
		}
		p.exact = make(map[uint64]uint32, n)
		fp := uint64(0)
		for k := uint64(0); k < n && d.err == nil; k++ {
			delta, c := d.uvarint(), d.uvarint()
			if k > 0 && delta == 0 || fp+delta < fp {
				return nil, bad("fingerprints out of order")
			}
			if c == 0 || c > p.pages {
				return nil, bad("count %d of %d pages", c, p.pages)
			}
			fp += delta
			p.exact[fp] = uint32(c)
		}
	case mode == 1:
		depth, width := d.uvarint(), d.uvarint()
		if d.err == nil && (depth != sketchDepth || width != sketchWidth) {
			return nil, bad("sketch of %d×%d counters; version %d has %d×%d", depth, width, ProfileVersion, sketchDepth, sketchWidth)
		}
		n := d.uvarint()
		if n > sketchDepth*sketchWidth {
			return nil, bad("%d sketch counters, more than %d", n, sketchDepth*sketchWidth)
		}
		p.sketch = make([]uint32, sketchDepth*sketchWidth)
		k := uint64(0)
		for i := uint64(0); i < n && d.err == nil; i++ {
			delta, c := d.uvarint(), d.uvarint()
			if i > 0 && delta == 0 || k+delta >= uint64(len(p.sketch)) {
				return nil, bad("sketch counters out of order")
			}
			if c == 0 || c > 1<<32-1 {
				return nil, bad("sketch counter %d", c)
			}
			k += delta
			p.sketch[k] = uint32(c)
		}
	default:
		return nil, bad("unknown mode %d", mode)
	}
	if d.err != nil {
		return nil, bad("%v", d.err)
	}
	if len(d.b) > 0 {
		return nil, bad("%d bytes after the counts", len(d.b))
	}
	return p, nil
}

// A decoder reads varints and bytes from b; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated or overlong number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	if len(d.b) == 0 {
		d.err = errors.New("truncated")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}
