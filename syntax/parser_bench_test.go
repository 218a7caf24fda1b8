package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// parserCorpusFiles returns the .py files of CPython's standard library (the
// corpus of the parser's comparison and benchmark), outside
// site-packages, sorted; the directory comes from python3's sysconfig.
// It skips the test when python3 or the library is not available.
func parserCorpusFiles(tb testing.TB) (string, []string) {
	tb.Helper()
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		tb.Skip("python3 not available")
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		tb.Skip("no standard library found")
	}
	return root, files
}

// loadParserCorpus reads every corpus file into memory.
func loadParserCorpus(tb testing.TB) [][]byte {
	_, files := parserCorpusFiles(tb)
	srcs := make([][]byte, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		srcs = append(srcs, b)
	}
	return srcs
}

// BenchmarkParseCorpus parses the whole standard library from memory
// (files read beforehand), as scripts/parse_speed.py compares with
// CPython's ast.parse.
func BenchmarkParseCorpus(b *testing.B) {
	srcs := loadParserCorpus(b)
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Parse(s, "<bench>", ModeExec, TypeComments)
		}
	}
}
